/**
 * What a Korean online shop sells, with its options and KRW prices. Prices end in 00 or 900 the way
 * real listings do; categories mix light goods, food and bulky items so claims look plausible.
 */
export interface CatalogueItem {
  name: string
  options: readonly string[]
  /** Unit price in KRW. */
  price: number
}

// biome-ignore format: one product per line reads as a price list
export const CATALOGUE: readonly CatalogueItem[] = [
  { name: '무선 블루투스 이어폰 노이즈캔슬링', options: ['색상: 블랙', '색상: 화이트', '색상: 네이비'], price: 59_000 },
  { name: '유기농 제주 감귤 5kg', options: ['중과', '대과', '로얄과'], price: 29_900 },
  { name: '남성 기본 라운드 반팔 티셔츠', options: ['사이즈: M / 색상: 네이비', '사이즈: L / 색상: 그레이', '사이즈: XL / 색상: 블랙'], price: 12_900 },
  { name: '여성 와이드 데님 팬츠', options: ['사이즈: S', '사이즈: M', '사이즈: L'], price: 39_800 },
  { name: '스테인리스 텀블러 500ml', options: ['색상: 실버', '색상: 민트', '색상: 핑크'], price: 18_000 },
  { name: '국산 햅쌀 10kg', options: ['2025년산 추청', '2025년산 신동진'], price: 38_500 },
  { name: '어린이 원목 블록 세트 100pcs', options: ['기본 구성', '수납함 포함'], price: 45_000 },
  { name: '고속 충전 USB-C 케이블 2m', options: ['1개', '2개 묶음', '3개 묶음'], price: 9_900 },
  { name: '한방 샴푸 1000ml', options: ['지성용', '건성용', '탈모 완화'], price: 22_000 },
  { name: '캠핑용 접이식 의자', options: ['색상: 카키', '색상: 베이지'], price: 34_900 },
  { name: '프리미엄 한우 선물세트 1.2kg', options: ['등심+채끝', '불고기+국거리'], price: 129_000 },
  { name: '무농약 꿀고구마 3kg', options: ['한입 크기', '중간 크기'], price: 16_900 },
  { name: '기능성 러닝화', options: ['250mm', '260mm', '270mm', '280mm'], price: 89_000 },
  { name: '극세사 차렵이불 퀸', options: ['색상: 아이보리', '색상: 그레이'], price: 49_900 },
  { name: '에어프라이어 5.5L', options: ['블랙', '화이트'], price: 79_900 },
  { name: '비타민C 1000mg 180정', options: ['1통', '2통 세트'], price: 24_900 },
  { name: '강아지 간식 닭가슴살 져키 500g', options: ['오리지널', '고구마 맛'], price: 14_900 },
  { name: '스마트폰 강화유리 보호필름', options: ['갤럭시 S24', '아이폰 15'], price: 7_900 },
  { name: '수제 딸기잼 500g', options: ['1병', '2병 세트'], price: 11_500 },
  { name: '원목 책상 1200', options: ['내추럴', '월넛'], price: 159_000 },
]

/** What a buyer's claim is about. */
export type ClaimKind = 'cancel' | 'return' | 'exchange'

/** Claim reasons buyers pick for each kind of claim, with the free text they typically write. */
// biome-ignore format: one reason per line
export const BUYER_CLAIM_REASONS: Readonly<Record<ClaimKind, readonly { reason: string; text: string }[]>> = {
  cancel: [
    { reason: 'INTENT_CHANGED', text: '단순 변심으로 구매 의사가 없어졌어요' },
    { reason: 'WRONG_ORDER', text: '다른 옵션으로 잘못 주문했습니다' },
    { reason: 'COLOR_AND_SIZE', text: '다른 색상으로 다시 주문할게요' },
    { reason: 'DELAYED_DELIVERY', text: '발송이 너무 늦어서 취소합니다' },
  ],
  return: [
    { reason: 'INTENT_CHANGED', text: '막상 받아보니 필요가 없어졌어요' },
    { reason: 'PRODUCT_UNSATISFIED', text: '사진과 색상이 많이 달라요' },
    { reason: 'BROKEN', text: '받아보니 제품이 파손되어 있었어요' },
    { reason: 'WRONG_DELIVERY', text: '주문하지 않은 상품이 왔어요' },
  ],
  exchange: [
    { reason: 'COLOR_AND_SIZE', text: '사이즈가 작아서 한 치수 큰 걸로 교환 원해요' },
    { reason: 'WRONG_OPTION', text: '주문한 옵션과 다른 색상이 왔어요' },
    { reason: 'BROKEN', text: '초기 불량이라 새 제품으로 교환 부탁드립니다' },
  ],
}

/** Reasons a seller cancels on its own (판매 취소). */
export const SELLER_CANCEL_REASONS: readonly { reason: string; text: string }[] = [
  { reason: 'SOLD_OUT', text: '재고 소진으로 판매 취소합니다' },
  { reason: 'DELAYED_DELIVERY', text: '입고 지연으로 발송이 어렵습니다' },
  { reason: 'INCORRECT_INFO', text: '상품 정보 오류로 판매 취소합니다' },
]

/** Carriers that ship most Korean parcels, by their delivery company codes (facts §9.12). */
export const CARRIERS: readonly string[] = ['CJGLS', 'HANJIN', 'HYUNDAI', 'EPOST', 'KGB']
