/**
 * What the generated shop sells: products with the merchant's own codes, options with their surcharge
 * (optionPrice, per unit) and option manage codes. Strings live here once and every generated product
 * order refers to them, so a hundred thousand product orders do not hold a hundred thousand copies.
 */

export interface CatalogueOption {
  name: string
  /** Surcharge per unit on top of the unit price (optionPrice). */
  price: number
  /** The merchant's option manage code (optionManageCode). */
  manageCode: string
}

export interface CatalogueProduct {
  name: string
  price: number
  /** The merchant's product code (sellerProductCode). */
  sellerProductCode: string
  /** 상품 종류 (productClass): 조합형옵션상품 when the buyer picks an option, 단일상품 otherwise. */
  productClass: string
  options: readonly CatalogueOption[]
  /** Overseas-purchase (해외직구) items carry the buyer's 개인통관고유부호. */
  overseas: boolean
}

const option = (name: string, price: number, manageCode: string): CatalogueOption => ({
  name,
  price,
  manageCode,
})

export const CATALOGUE: readonly CatalogueProduct[] = [
  {
    name: '무선 블루투스 이어폰 노이즈캔슬링',
    price: 59_000,
    sellerProductCode: 'AUD-BT-100',
    productClass: '조합형옵션상품',
    options: [option('색상: 블랙', 0, 'AUD-BT-100-BK'), option('색상: 화이트', 2_000, 'AUD-BT-100-WH')],
    overseas: false,
  },
  {
    name: '유기농 제주 감귤 5kg',
    price: 29_900,
    sellerProductCode: 'FRT-JJ-005',
    productClass: '조합형옵션상품',
    options: [option('중과', 0, 'FRT-JJ-005-M'), option('대과', 5_000, 'FRT-JJ-005-L')],
    overseas: false,
  },
  {
    name: '남성 기본 라운드 반팔 티셔츠',
    price: 12_900,
    sellerProductCode: 'TS-RN-M01',
    productClass: '조합형옵션상품',
    options: [
      option('사이즈: M / 색상: 네이비', 0, 'TS-RN-M01-M-NV'),
      option('사이즈: L / 색상: 그레이', 0, 'TS-RN-M01-L-GY'),
    ],
    overseas: false,
  },
  {
    name: '스테인리스 텀블러 500ml',
    price: 18_000,
    sellerProductCode: 'KIT-TB-500',
    productClass: '조합형옵션상품',
    options: [option('색상: 실버', 0, 'KIT-TB-500-SV'), option('색상: 민트', 0, 'KIT-TB-500-MT')],
    overseas: false,
  },
  {
    name: '국산 햅쌀 10kg',
    price: 38_500,
    sellerProductCode: 'RICE-10K',
    productClass: '단일상품',
    options: [option('2025년산', 0, 'RICE-10K-25')],
    overseas: false,
  },
  {
    name: '어린이 원목 블록 세트 100pcs',
    price: 45_000,
    sellerProductCode: 'TOY-WB-100',
    productClass: '단일상품',
    options: [option('기본 구성', 0, 'TOY-WB-100-STD')],
    overseas: false,
  },
  {
    name: '고속 충전 USB-C 케이블 2m',
    price: 9_900,
    sellerProductCode: 'CBL-C2M',
    productClass: '조합형옵션상품',
    options: [option('1개', 0, 'CBL-C2M-1'), option('2개 묶음', 8_000, 'CBL-C2M-2')],
    overseas: false,
  },
  {
    name: '한방 샴푸 1000ml',
    price: 22_000,
    sellerProductCode: 'HAIR-SH-1L',
    productClass: '조합형옵션상품',
    options: [option('지성용', 0, 'HAIR-SH-1L-OIL'), option('건성용', 0, 'HAIR-SH-1L-DRY')],
    overseas: false,
  },
  {
    name: '캠핑용 접이식 의자',
    price: 34_900,
    sellerProductCode: 'CMP-CH-01',
    productClass: '조합형옵션상품',
    options: [option('색상: 카키', 0, 'CMP-CH-01-KH'), option('색상: 베이지', 0, 'CMP-CH-01-BG')],
    overseas: false,
  },
  {
    name: '프리미엄 한우 선물세트 1.2kg',
    price: 129_000,
    sellerProductCode: 'MEAT-HW-12',
    productClass: '단일상품',
    options: [option('등심+채끝', 0, 'MEAT-HW-12-ST')],
    overseas: false,
  },
  {
    name: '[해외직구] 오메가3 1000mg 180캡슐',
    price: 32_000,
    sellerProductCode: 'OVS-OMG-180',
    productClass: '조합형옵션상품',
    options: [option('1병', 0, 'OVS-OMG-180-1'), option('2병', 29_000, 'OVS-OMG-180-2')],
    overseas: true,
  },
  {
    name: '[해외직구] 스테인리스 에스프레소 머신',
    price: 189_000,
    sellerProductCode: 'OVS-ESP-01',
    productClass: '단일상품',
    options: [option('220V 변환 플러그 포함', 0, 'OVS-ESP-01-KR')],
    overseas: true,
  },
]

/** 사은품 texts (freeGift) some orders carry. */
export const FREE_GIFTS = ['샘플 파우치 증정', '사은품: 전용 파우치', '구매 감사 쿠폰북'] as const

/** Internal codes merchants keep in sellerCustomCode1 (warehouse bin) and sellerCustomCode2 (ERP). */
export const WAREHOUSE_BINS = ['WH1-A03', 'WH1-B11', 'WH2-C07', 'WH2-D02'] as const
export const ERP_CODES = ['ERP-1001', 'ERP-1002', 'ERP-2001', 'ERP-3005'] as const

/** 유입 경로 (inflowPath) values the docs list, with the additional detail (inflowPathAdd) seen with each. */
export const INFLOW_PATHS: readonly { path: string; add: string }[] = [
  { path: '네이버 쇼핑 외', add: '가맹점 자체몰' },
  { path: '네이버 쇼핑', add: '네이버 가격비교' },
  { path: '검색광고(SA)', add: '파워링크' },
  { path: '밴드', add: '밴드 공동구매' },
]

/** Card companies and the card promotions (appliedCardPromotion) card orders may carry. */
export const CARD_PROMOTIONS: readonly { cardCompanyName: string; promotionName: string; percent: number }[] =
  [
    { cardCompanyName: '현대카드', promotionName: '현대카드 청구할인', percent: 5 },
    { cardCompanyName: '신한카드', promotionName: '신한카드 즉시할인', percent: 7 },
    { cardCompanyName: '삼성카드', promotionName: '삼성카드 3%할인', percent: 3 },
  ]
