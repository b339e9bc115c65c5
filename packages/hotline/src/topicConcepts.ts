// Words for one thing that share no letters or characters: "工地" and "施工", "the builders" and
// "building work", "the music" and "卡拉OK". A case the caller names by one is found by its own text
// saying another — only when no word of the caller's is in any case's text (see `pickByTopic`).
const CONCEPTS: readonly (readonly [string, RegExp])[] = [
  [
    'construction',
    /工地|施工|打桩|工程|建筑|搅拌|塔吊|挖掘机|渣土|\bconstruct|\bbuilders?\b|\bbuilding (?:site|work)|\bsite works?\b|\bpil(?:e|ing)\b|pile.?driv|cement mixer|concrete|excavator|digger|roadworks|修路|挖路|铺路|路面施工|\broad ?works?\b|\bresurfac/,
  ],
  ['renovation', /装修|装潢|电钻|冲击钻|打钻|砸墙|敲墙|电锯|\brenovat|\brefurb|\bdrill|\bdiy\b|decorat/],
  [
    'music',
    /音乐|音响|唱歌|练歌|歌声|唱k|卡拉|ktv|k歌|喇叭|低音炮|\bmusic\b|karaoke|\bspeakers?\b|loudspeaker|megaphone|loudhailer|stereo|\bbass\b|\bsing(?:ing|s|er|ers)?\b|sound system/,
  ],
  ['dance', /广场舞|跳舞|舞曲|\bdanc/],
  ['dog', /狗|犬|\bdogs?\b|pupp|\bbark/],
  ['street-light', /路灯|灯杆|\bstreet ?lights?\b|\bstreet ?lamps?\b|\blamp ?posts?\b|\blampposts?\b/],
  ['food', /烧烤|烤串|饭店|餐馆|餐厅|油烟|排风|大排档|\bbbq\b|barbecue|restaurant|takeaway|extractor/],
  ['bar', /酒吧|夜店|\bbar\b|\bpub\b|nightclub/],
  ['generator', /发电机|generator/],
];

/** The things a text speaks of, by the concepts above. */
export function conceptsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const [name, pattern] of CONCEPTS) if (pattern.test(lower)) out.add(name);
  return out;
}

/** The indexes of the `texts` that speak of a thing `said` speaks of, in other words. */
export function speakOfSameThing(said: string, texts: readonly string[]): number[] {
  const wanted = conceptsOf(said);
  if (wanted.size === 0) return [];
  const out: number[] = [];
  texts.forEach((text, i) => {
    for (const concept of conceptsOf(text))
      if (wanted.has(concept)) {
        out.push(i);
        return;
      }
  });
  return out;
}
