import {
  n as createControlPlaneClient,
  t as createNpayClient,
  r as NpayApiError,
  i as NpayGatewayError,
  a as NpayOrderError,
  o as NpaySettlementError,
  s as NpayTokenError,
  c as SandboxControlError,
} from './src-4qY9yS3t.js'

export {
  createControlPlaneClient,
  createNpayClient,
  NpayApiError,
  NpayGatewayError,
  NpayOrderError,
  NpaySettlementError,
  NpayTokenError,
  SandboxControlError,
}
