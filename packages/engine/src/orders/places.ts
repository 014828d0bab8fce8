/**
 * Real districts the generated receivers live in: each with its 5-digit zip range, the first five
 * digits of its building management numbers (시군구 code), a few road names and the coordinates of its
 * centre, so an address, its zip code, its building number and its longitude/latitude agree.
 */
export interface District {
  /** 시도 and 시군구, the start of baseAddress. */
  name: string
  /** Lowest and highest zip code of the district (Korean zip codes are 5 digits, 01000–63644). */
  zip: readonly [number, number]
  /** 시군구 code: the first 5 of the 25 digits of a 건물관리번호. */
  sigungu: string
  roads: readonly string[]
  latitude: number
  longitude: number
}

export const DISTRICTS: readonly District[] = [
  {
    name: '서울특별시 강남구',
    zip: [6000, 6399],
    sigungu: '11680',
    roads: ['테헤란로', '논현로', '도산대로', '압구정로'],
    latitude: 37.5172,
    longitude: 127.0473,
  },
  {
    name: '서울특별시 마포구',
    zip: [3900, 4219],
    sigungu: '11440',
    roads: ['월드컵로', '양화로', '독막로'],
    latitude: 37.5663,
    longitude: 126.9019,
  },
  {
    name: '경기도 성남시 분당구',
    zip: [13100, 13699],
    sigungu: '41135',
    roads: ['판교역로', '불정로', '황새울로'],
    latitude: 37.3826,
    longitude: 127.1189,
  },
  {
    name: '경기도 수원시 영통구',
    zip: [16200, 16599],
    sigungu: '41117',
    roads: ['광교중앙로', '봉영로', '매영로'],
    latitude: 37.2596,
    longitude: 127.0465,
  },
  {
    name: '인천광역시 연수구',
    zip: [21900, 22099],
    sigungu: '28185',
    roads: ['컨벤시아대로', '송도과학로', '함박뫼로'],
    latitude: 37.4102,
    longitude: 126.6782,
  },
  {
    name: '대전광역시 유성구',
    zip: [34000, 34399],
    sigungu: '30200',
    roads: ['대학로', '유성대로', '계룡로'],
    latitude: 36.3623,
    longitude: 127.3562,
  },
  {
    name: '부산광역시 해운대구',
    zip: [48000, 48199],
    sigungu: '26350',
    roads: ['해운대로', '센텀중앙로', '달맞이길'],
    latitude: 35.1631,
    longitude: 129.1635,
  },
  {
    name: '광주광역시 서구',
    zip: [61900, 62199],
    sigungu: '29140',
    roads: ['상무대로', '죽봉대로', '운천로'],
    latitude: 35.152,
    longitude: 126.8895,
  },
  {
    name: '제주특별자치도 제주시',
    zip: [63000, 63399],
    sigungu: '50110',
    roads: ['중앙로', '연삼로', '노연로'],
    latitude: 33.4996,
    longitude: 126.5312,
  },
]

/** 수령 위치 / 출입 방법 texts for the receivers who gave them (pickupLocation*, entryMethod*). */
export const PICKUP_LOCATIONS = [
  { type: 'FRONT_OF_DOOR', content: '문 앞' },
  { type: 'MANAGEMENT_OFFICE', content: '경비실' },
  { type: 'DIRECT_RECEIVE', content: '직접 받고 부재 시 문 앞' },
  { type: 'OTHER', content: '택배함' },
] as const

export const ENTRY_METHODS = [
  { type: 'LOBBY_PW', content: '#1234*' },
  { type: 'MANAGEMENT_OFFICE', content: '경비실 호출' },
  { type: 'FREE', content: '자유 출입 가능' },
  { type: 'OTHER', content: '관리사무소 문의' },
] as const

/** Where a 지역별 추가 배송비 applies: Jeju and the islands of 울릉군 and 옹진군. */
const REMOTE_AREA = /^(제주|경상북도 울릉군|인천광역시 옹진군)/

/**
 * Whether a receiver lives where a 지역별 추가 배송비 (sectionDeliveryFee) applies.
 * @example isRemoteArea({ baseAddress: '제주특별자치도 제주시 중앙로 12' }) // true
 */
export function isRemoteArea(address: { baseAddress?: string | undefined }): boolean {
  return REMOTE_AREA.test(address.baseAddress ?? '')
}
