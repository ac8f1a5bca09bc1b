/**
 * What the growth benchmark's synthetic articles report: for each sector, the topics its monthly
 * figures are about, how each topic's values move over the months (a latent model, seeded so the
 * same topic and region give the same numbers at every factor) and how a Chinese sentence prints
 * them. Topics marked `existing` extend an indicator of data/vocabulary/indicators.json; the others
 * become new indicators (one national, then one per province or city).
 */

/** The first month of the synthetic data and how many months it covers (2019-01 … 2023-12). */
export const FIRST_YEAR = 2019;
export const MONTHS = 60;

/**
 * How a topic's values move. `t` is the month index from 2019-01 (t = −12 is 2018-01, the base of
 * 2019's year-on-year changes).
 * - flow: a monthly total (output, sales) with seasonality, a yearly trend and noise;
 * - stock: a running count at the month's end (models released, enterprises), never falling;
 * - level: a price or rate drifting from `start` to `end` with noise, within [min, max].
 */
export type Model =
  | {
      kind: 'flow';
      base: number;
      /** Growth per year (0.05 = 5%). */
      growth: number;
      /** Twelve factors, January first. */
      seasonal: readonly number[];
      noise: number;
    }
  | { kind: 'stock'; start: number; increment: number; acceleration: number; noise: number }
  | { kind: 'level'; start: number; end: number; noise: number; min: number; max: number };

export type Topic = {
  /** The indicator id: an existing one, or the base of new ones (`<id>`, `<id>-<region>`). */
  id: string;
  sector: string;
  /** Extends an indicator the project's vocabulary already has. */
  existing?: boolean;
  name: { zh: string; en: string };
  unit: string;
  measure: 'level' | 'rate';
  /** Each month's level is followed by its year-on-year change in percent. */
  yoy: boolean;
  /** 'month': the month's total (period month); 'stock': the position at the month's end (asOf). */
  period: 'month' | 'stock';
  basis?: string[];
  /** Printed between the place and the number: `规模以上企业水泥产量` + `1.75亿吨`. */
  phrase: string;
  /** Printed right after the number (and 万/亿): 吨, 平方米, 元/吨, %. */
  unitText: string;
  /** Decimals for levels and rates whose size does not pick them (see numberFormat). */
  decimals?: number;
  model: Model;
};

/** Seasonal factors: building materials and housing slump around the Spring Festival. */
const CONSTRUCTION = [0.62, 0.5, 1.0, 1.08, 1.12, 1.1, 0.98, 0.98, 1.05, 1.1, 1.18, 1.08];
const COMPLETIONS = [0.8, 0.45, 0.7, 0.6, 0.7, 0.95, 0.7, 0.7, 0.9, 0.95, 1.25, 2.9];
const ELECTRICITY = [1.02, 0.85, 0.95, 0.93, 0.98, 1.02, 1.12, 1.14, 1.02, 0.96, 0.96, 1.05];
const EVEN = [0.9, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05, 1.2];

const flow = (base: number, growth: number, seasonal: readonly number[], noise = 0.04): Model => ({
  kind: 'flow',
  base,
  growth,
  seasonal,
  noise,
});

/** Topics in priority order per sector: the first `existing` ones are the sector's main series. */
export const TOPICS: readonly Topic[] = [
  // cement
  {
    id: 'cement-output',
    sector: 'cement',
    existing: true,
    name: { zh: '水泥产量', en: 'Cement output' },
    unit: 'tonne',
    measure: 'level',
    yoy: true,
    period: 'month',
    basis: ['above-scale'],
    phrase: '规模以上企业水泥产量',
    unitText: '吨',
    model: flow(1.75e8, -0.02, CONSTRUCTION, 0.03),
  },
  {
    id: 'cement-clinker-output',
    sector: 'cement',
    name: { zh: '熟料产量', en: 'Clinker output' },
    unit: 'tonne',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '熟料产量',
    unitText: '吨',
    model: flow(1.4e8, -0.015, CONSTRUCTION, 0.03),
  },
  {
    id: 'cement-ex-factory-price',
    sector: 'cement',
    name: { zh: '水泥平均出厂价格', en: 'Average ex-factory price of cement' },
    unit: 'yuan-per-tonne',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '水泥平均出厂价格为',
    unitText: '元/吨',
    decimals: 0,
    model: { kind: 'level', start: 440, end: 360, noise: 12, min: 300, max: 600 },
  },
  {
    id: 'cement-storage-ratio',
    sector: 'cement',
    name: { zh: '水泥库容比', en: 'Cement storage ratio' },
    unit: 'percent',
    measure: 'rate',
    yoy: false,
    period: 'month',
    phrase: '水泥库容比为',
    unitText: '%',
    decimals: 1,
    model: { kind: 'level', start: 58, end: 74, noise: 2.5, min: 45, max: 85 },
  },
  {
    id: 'cement-concrete-output',
    sector: 'cement',
    name: { zh: '商品混凝土产量', en: 'Ready-mixed concrete output' },
    unit: 'cubic-metre',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '商品混凝土产量',
    unitText: '立方米',
    model: flow(2.5e8, 0.01, CONSTRUCTION, 0.04),
  },
  {
    id: 'cement-energy-use',
    sector: 'cement',
    name: { zh: '水泥行业综合能耗', en: 'Energy used by cement makers' },
    unit: 'tce',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '水泥行业综合能耗',
    unitText: '吨标准煤',
    model: flow(1.1e7, -0.03, CONSTRUCTION, 0.03),
  },
  // power (Guangxi)
  {
    id: 'power-new-customers',
    sector: 'power',
    existing: true,
    name: { zh: '新增用电客户', en: 'New electricity customers' },
    unit: 'customer',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '新增用电客户',
    unitText: '户',
    model: flow(7.2e4, 0.08, EVEN, 0.06),
  },
  {
    id: 'power-new-capacity',
    sector: 'power',
    existing: true,
    name: { zh: '新增接电容量', en: 'New connected capacity' },
    unit: 'kva',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '新增接电容量',
    unitText: '千伏安',
    model: flow(1.45e6, 0.06, EVEN, 0.07),
  },
  {
    id: 'power-connection-cost-savings',
    sector: 'power',
    existing: true,
    name: { zh: '为客户节省的接电成本', en: 'Connection costs saved for customers' },
    unit: 'yuan',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '为客户节省接电成本',
    unitText: '元',
    model: flow(1.1e8, 0.1, EVEN, 0.08),
  },
  {
    id: 'power-consumption',
    sector: 'power',
    name: { zh: '全社会用电量', en: 'Electricity consumption' },
    unit: 'kwh',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '全社会用电量',
    unitText: '千瓦时',
    model: flow(1.9e10, 0.06, ELECTRICITY, 0.03),
  },
  {
    id: 'power-generation',
    sector: 'power',
    name: { zh: '发电量', en: 'Power generation' },
    unit: 'kwh',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '发电量',
    unitText: '千瓦时',
    model: flow(1.8e10, 0.05, ELECTRICITY, 0.04),
  },
  {
    id: 'power-new-generating-capacity',
    sector: 'power',
    name: { zh: '新增发电装机容量', en: 'New generating capacity' },
    unit: 'kw',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '新增发电装机容量',
    unitText: '千瓦',
    model: flow(6e5, 0.12, EVEN, 0.2),
  },
  {
    id: 'power-charging-stations',
    sector: 'power',
    name: { zh: '新建充电站', en: 'Charging stations built' },
    unit: 'station',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '新建充电站',
    unitText: '座',
    model: flow(60, 0.35, EVEN, 0.2),
  },
  {
    id: 'power-outage-hours',
    sector: 'power',
    name: { zh: '户均停电时间', en: 'Average outage time per customer' },
    unit: 'hour',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '户均停电时间为',
    unitText: '小时',
    decimals: 2,
    model: { kind: 'level', start: 1.6, end: 0.9, noise: 0.15, min: 0.3, max: 3 },
  },
  // housing
  {
    id: 'housing-completed-area',
    sector: 'housing',
    existing: true,
    name: { zh: '房屋竣工面积', en: 'Floor area of completed buildings' },
    unit: 'square-metre',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '房屋竣工面积',
    unitText: '平方米',
    model: flow(6.5e7, 0.0, COMPLETIONS, 0.05),
  },
  {
    id: 'housing-new-starts-area',
    sector: 'housing',
    name: { zh: '房屋新开工面积', en: 'Floor area of new starts' },
    unit: 'square-metre',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '房屋新开工面积',
    unitText: '平方米',
    model: flow(1.6e8, -0.12, CONSTRUCTION, 0.05),
  },
  {
    id: 'housing-sales-area',
    sector: 'housing',
    name: { zh: '商品房销售面积', en: 'Floor area of homes sold' },
    unit: 'square-metre',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '商品房销售面积',
    unitText: '平方米',
    model: flow(1.4e8, -0.06, CONSTRUCTION, 0.05),
  },
  {
    id: 'housing-development-investment',
    sector: 'housing',
    name: { zh: '房地产开发投资', en: 'Real estate development investment' },
    unit: 'yuan',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '房地产开发投资',
    unitText: '元',
    model: flow(1.1e12, -0.04, CONSTRUCTION, 0.04),
  },
  {
    id: 'housing-affordable-homes-delivered',
    sector: 'housing',
    name: { zh: '交付保障性住房', en: 'Affordable homes delivered' },
    unit: 'dwelling',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '交付保障性住房',
    unitText: '套',
    model: flow(5e4, 0.05, COMPLETIONS, 0.1),
  },
  {
    id: 'housing-mortgage-rate',
    sector: 'housing',
    name: { zh: '首套住房贷款平均利率', en: 'Average first-home mortgage rate' },
    unit: 'percent',
    measure: 'rate',
    yoy: false,
    period: 'month',
    phrase: '首套住房贷款平均利率为',
    unitText: '%',
    decimals: 2,
    model: { kind: 'level', start: 5.4, end: 3.9, noise: 0.06, min: 3.5, max: 6 },
  },
  // AI and cyber security
  {
    id: 'ai-security-large-models',
    sector: 'ai-security',
    existing: true,
    name: { zh: '公开发布的大模型', en: 'Large models released publicly' },
    unit: 'model',
    measure: 'level',
    yoy: false,
    period: 'stock',
    phrase: '公开发布的大模型累计',
    unitText: '个',
    model: { kind: 'stock', start: 2, increment: 0.1, acceleration: 0.06, noise: 0.3 },
  },
  {
    id: 'ai-security-cyber-revenue',
    sector: 'ai-security',
    name: { zh: '网络安全企业营业收入', en: 'Revenue of cybersecurity companies' },
    unit: 'yuan',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '网络安全企业营业收入',
    unitText: '元',
    model: flow(1.6e10, 0.1, EVEN, 0.05),
  },
  {
    id: 'ai-security-ai-enterprises',
    sector: 'ai-security',
    name: { zh: '人工智能企业', en: 'AI enterprises' },
    unit: 'enterprise',
    measure: 'level',
    yoy: false,
    period: 'stock',
    phrase: '人工智能企业累计',
    unitText: '家',
    model: { kind: 'stock', start: 3000, increment: 25, acceleration: 0.02, noise: 0.3 },
  },
  {
    id: 'ai-security-incidents-handled',
    sector: 'ai-security',
    name: { zh: '处置的网络安全事件', en: 'Cybersecurity incidents handled' },
    unit: 'count-jian',
    measure: 'level',
    yoy: false,
    period: 'month',
    phrase: '处置网络安全事件',
    unitText: '件',
    model: flow(1.2e4, 0.05, EVEN, 0.1),
  },
  {
    id: 'ai-security-ai-patents',
    sector: 'ai-security',
    name: { zh: '人工智能专利授权', en: 'AI patents granted' },
    unit: 'patent',
    measure: 'level',
    yoy: true,
    period: 'month',
    phrase: '人工智能专利授权',
    unitText: '件',
    model: flow(6e3, 0.15, EVEN, 0.08),
  },
];

/**
 * Places each sector's figures are printed for, national first. Power is the Guangxi grid's, so
 * its places are Guangxi and its cities; the others go province by province.
 */
const PROVINCES = [
  'guangdong',
  'jiangsu',
  'shandong',
  'zhejiang',
  'henan',
  'sichuan',
  'hubei',
  'hunan',
  'anhui',
  'hebei',
  'fujian',
  'shanghai',
  'beijing',
  'shaanxi',
  'jiangxi',
  'chongqing',
  'yunnan',
  'guangxi',
  'liaoning',
  'guizhou',
  'shanxi',
  'inner-mongolia',
  'xinjiang',
  'tianjin',
  'heilongjiang',
  'jilin',
  'gansu',
  'hainan',
  'ningxia',
  'qinghai',
  'tibet',
] as const;

export const SECTOR_PLACES: Readonly<Record<string, readonly string[]>> = {
  cement: ['china', ...PROVINCES],
  power: ['guangxi', 'nanning', 'liuzhou', 'guilin'],
  housing: ['china', ...PROVINCES],
  // AI firms cluster in a few places: those first.
  'ai-security': [
    ...new Set(['china', 'beijing', 'shanghai', 'guangdong', 'zhejiang', ...PROVINCES]),
  ],
};

/** The order sectors take turns in: synthetic article k is of sector SECTOR_ORDER[k % 4]. */
export const SECTOR_ORDER = ['cement', 'power', 'housing', 'ai-security'] as const;

/** English unit words for the gist of a sentence. */
export const UNIT_EN: Readonly<Record<string, string>> = {
  tonne: 'tonnes',
  'cubic-metre': 'cubic metres',
  'square-metre': 'square metres',
  tce: 'tonnes of standard coal equivalent',
  'yuan-per-tonne': 'yuan per tonne',
  percent: '%',
  customer: 'customers',
  kva: 'kVA',
  kw: 'kW',
  kwh: 'kWh',
  yuan: 'yuan',
  station: 'stations',
  hour: 'hours',
  dwelling: 'homes',
  model: 'models',
  enterprise: 'enterprises',
  'count-jian': 'cases',
  patent: 'patents',
};

export const MONTH_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Events an article of each sector reports: a policy from a month on, a turn in a market. */
export const EVENT_TEMPLATES: Readonly<
  Record<
    string,
    readonly {
      kind: 'policy' | 'market';
      from: boolean;
      zh: string;
      en: string;
      gist: string;
    }[]
  >
> = {
  cement: [
    {
      kind: 'policy',
      from: true,
      zh: '{place}水泥企业开展错峰生产',
      en: '{place} staggers cement production',
      gist: 'From {when}, cement makers in {place} staggered production.',
    },
    {
      kind: 'market',
      from: false,
      zh: '{place}水泥价格触底回升',
      en: 'Cement prices in {place} turn up',
      gist: 'In {when}, cement prices in {place} bottomed out and rose.',
    },
  ],
  power: [
    {
      kind: 'policy',
      from: true,
      zh: '{place}推行小微企业“零投资”接电',
      en: '{place} connects small firms at no cost to them',
      gist: 'From {when}, {place} connected small and micro businesses with no investment of their own.',
    },
    {
      kind: 'market',
      from: false,
      zh: '{place}用电负荷创历史新高',
      en: 'Record power load in {place}',
      gist: 'In {when}, the power load in {place} reached a record high.',
    },
  ],
  housing: [
    {
      kind: 'policy',
      from: true,
      zh: '{place}实施支持刚性和改善性住房需求的措施',
      en: '{place} supports first and upgrade home purchases',
      gist: 'From {when}, {place} applied measures supporting first-home and upgrade purchases.',
    },
    {
      kind: 'market',
      from: false,
      zh: '{place}商品房成交回暖',
      en: 'Home sales in {place} pick up',
      gist: 'In {when}, home sales in {place} picked up.',
    },
  ],
  'ai-security': [
    {
      kind: 'policy',
      from: true,
      zh: '{place}实施人工智能产业发展行动方案',
      en: '{place} puts an AI industry action plan into effect',
      gist: 'From {when}, {place} put an action plan for the AI industry into effect.',
    },
    {
      kind: 'market',
      from: false,
      zh: '{place}大模型应用加速落地',
      en: 'Large-model applications spread in {place}',
      gist: 'In {when}, large-model applications were put to use faster in {place}.',
    },
  ],
};
