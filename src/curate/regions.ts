import type { Region } from '../data/vocab.ts';

/**
 * Places a Chinese article names, mapped to the dashboard's REGIONS where one fits. Other provinces
 * and big cities are recognised too, so a figure about them gets a placeholder naming the place
 * instead of a wrong region.
 */

export type PlaceMention = { start: number; end: number; name: string; region: Region | null };

const KNOWN: readonly [RegExp, Region][] = [
  [/湖北襄阳|襄阳/gu, 'hubei-xiangyang'],
  [/贵州|贵阳|安顺|毕节/gu, 'guizhou-guiyang-anshun-bijie'],
  [/河南/gu, 'henan'],
  [/广西/gu, 'guangxi'],
  // 全国政协, 全国工商联… are bodies, not the scope of a figure; 国家 is mostly part of a name.
  [/全国(?!政协|人大|工商联|总工会|妇联|人民代表大会)|我国|国内/gu, 'china'],
];

const OTHER_PLACES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|湖北|湖南|广东|海南|四川|云南|陕西|甘肃|青海|台湾|内蒙古|西藏|宁夏|新疆|香港|澳门|石家庄|太原|沈阳|长春|哈尔滨|南京|杭州|合肥|福州|南昌|济南|郑州|武汉|长沙|广州|深圳|海口|成都|昆明|西安|兰州|西宁|呼和浩特|拉萨|银川|乌鲁木齐|南宁';
const OTHER = new RegExp(OTHER_PLACES, 'gu');

/** Every place named in `text`, in order; the dashboard's regions win over the provinces in them. */
export function findPlaces(text: string): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (const [pattern, region] of KNOWN) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!places.some((p) => start < p.end && p.start < end)) {
        places.push({ start, end, name: m[0], region });
      }
    }
  }
  for (const m of text.matchAll(OTHER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!places.some((p) => start < p.end && p.start < end)) {
      places.push({ start, end, name: m[0], region: null });
    }
  }
  return places.sort((a, b) => a.start - b.start);
}

/** Places that are the same for a figure: one region, or one unmapped place name. */
export function placeKey(place: PlaceMention): string {
  return place.region ?? `?${place.name}`;
}

/** The place named most often (of equals, a dashboard region, then the first); null when none is. */
export function mostNamed(places: readonly PlaceMention[]): PlaceMention | null {
  const counts = new Map<string, { place: PlaceMention; count: number }>();
  for (const place of places) {
    const key = placeKey(place);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { place, count: 1 });
  }
  let best: { place: PlaceMention; count: number } | null = null;
  for (const entry of counts.values()) {
    const mappedTie =
      best !== null &&
      entry.count === best.count &&
      entry.place.region !== null &&
      best.place.region === null;
    if (!best || entry.count > best.count || mappedTie) best = entry;
  }
  return best?.place ?? null;
}
