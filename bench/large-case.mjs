/**
 * A large, valid case for the benchmark: the seed case's text with 240 people and 80 targets, each target with every
 * kind of contact, so the widget renders its biggest realistic tables and card lists.
 */
const SURNAMES = ['Aliev', 'Bekirov', 'Siruk', 'Kuku', 'Alimov', 'Dzhepparov', 'Ibragimov', 'Umerov', 'Asanov', 'Seitumerov'];
const STATUSES = ['imprisoned', 'detained', 'at-risk', 'released'];

export function largeCase(seed, { people = 240, targets = 80 } = {}) {
  return {
    ...seed,
    id: 'bench-large',
    people: Array.from({ length: people }, (_, i) => ({
      name: `Person ${i + 1} ${SURNAMES[i % SURNAMES.length]}`,
      ...(i % 3 === 0 ? { aliases: [`P. ${i + 1} ${SURNAMES[i % SURNAMES.length]}`] } : {}),
      role: i % 2 ? 'Human rights defender' : 'Journalist',
      sentence: i % 7 === 0 ? { text: 'life' } : { years: (i % 19) + 1, ...(i % 4 ? { months: i % 12 } : {}) },
      status: STATUSES[i % STATUSES.length],
      arrested: '2016',
    })),
    targets: Array.from({ length: targets }, (_, i) => ({
      name: `Official ${i + 1}`,
      title: i % 2 ? 'Ambassador' : 'Prosecutor General',
      organisation: `Office number ${i + 1}`,
      address: [`${i + 1} Example Street`, 'Example City 10000'],
      fax: [`+7 (495) 600-${String(i).padStart(2, '0')}-01`],
      phone: [`+7 (495) 600-${String(i).padStart(2, '0')}-02`],
      email: [`office${i + 1}@example.org`],
      social: { x: `@official${i + 1}` },
      salutation: i % 2 ? 'Dear Ambassador' : 'Dear Prosecutor General',
      language: 'ru',
      notes: ['Please write in English or Russian.'],
    })),
  };
}

/**
 * A case whose every target has an X account and whose post mixes emoji, CJK and Latin text past X's 280-character
 * limit, so each card's "Post on X" link has to be shortened: 100 targets, the most a case may have.
 */
export function socialCase(seed, { targets = 100 } = {}) {
  const base = largeCase(seed, { people: 6, targets });
  return {
    ...base,
    id: 'bench-social',
    link: 'https://www.amnesty.org/en/documents/eur46/1521/2019/en/',
    socialMessage:
      '{handle} 🕊️ Free the six Crimean Tatar men now! 立即释放六名克里米亚鞑靼人！👨‍👩‍👧‍👦 Их приговорили к срокам до 19 лет. ' +
      'Stop the persecution of Crimean Tatars ✊🏽 停止迫害克里米亚鞑靼人，释放所有因和平表达而被监禁的人。🇺🇦 #FreeCrimeanTatars 请今天就写信给当局。' +
      ' 他们的家人已经等待了五年多。Their families have waited more than five years 💔 Пишите властям сегодня.',
  };
}
