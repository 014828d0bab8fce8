// A user's script against a running emulator (`npx npay-sandbox start` or the single executable), written
// only with what the installed package exports: place an order as the buyer, then token → confirm →
// dispatch as the merchant over HTTP. Prints one JSON line with what came back.
import { createControlPlaneClient, createNpayClient } from 'npay-sandbox/client'

const [origin, clientId, clientSecret] = process.argv.slice(2)
const control = createControlPlaneClient({ baseUrl: origin })
const npay = createNpayClient({ clientId, clientSecret, baseUrl: `${origin}/npay/partner` })

const order = await control.createOrder({ body: {} })
const productOrderId = order.productOrderIds[0]
const confirmed = await npay.confirmProductOrders({ body: { productOrderIds: [productOrderId] } })
const { epochMillis } = await control.getClock({})
const kst = new Date(epochMillis + 9 * 3_600_000).toISOString().replace('Z', '+09:00')
const dispatched = await npay.dispatchProductOrders({
  body: {
    dispatchProductOrders: [
      {
        productOrderId,
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: '630000000001',
        dispatchDate: kst,
      },
    ],
  },
})
const { data: details } = await npay.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
console.log(
  JSON.stringify({
    productOrderId,
    confirmed: confirmed.data.successProductOrderInfos?.map((info) => info.productOrderId),
    dispatched: dispatched.data.successProductOrderIds,
    status: details[0]?.productOrder.productOrderStatus,
  }),
)
