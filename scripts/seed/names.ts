/**
 * Common Finnish (and a few Finland-Swedish) names and invented place names. Every person the seed
 * makes is fictional: names are drawn at random and identity codes are test codes (900–999).
 */
const words = (list: string): readonly string[] => list.trim().split(/\s+/);

export const femaleFirstNames = words(`
  Aino Anna Anneli Eeva Elina Ella Emilia Emma Helmi Helena Iida Johanna Kaarina Katja Kerttu Laura Leena Liisa
  Maria Marjatta Minna Noora Olivia Pauliina Riikka Saara Sanna Sari Sofia Tuula Venla Ebba Linnea Aada Lilja Pihla
`);

export const maleFirstNames = words(`
  Aleksi Antti Eetu Eino Elias Heikki Jari Juha Juho Jukka Kalle Lauri Leo Markku Matti Mikko Niilo Oliver
  Onni Pekka Petri Sami Timo Tuomas Väinö Ville Veeti Otto Eemil Anton Axel Emil Hugo Lenni Teemu Jussi
`);

export const lastNames = words(`
  Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen
  Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila
  Savolainen Lahtinen Ahonen Hiltunen Pitkänen Ojala Väisänen Kettunen Leinonen Miettinen Hirvonen Nyström Lindholm
  Huttunen Räsänen Kärkkäinen Kauppinen Tikkanen Pesonen Kolehmainen Honkanen Backman Holm
`);

/** Invented municipalities of the invented county; the first is its city. */
export const municipalityNames = words(`
  Järvelä Koskenkylä Mäntylahti Salmijärvi Kivikoski Lehtovaara Rantasalo Honkamäki Vaarala Peltoniemi Ahonlahti Suojärvi
`);

export const countyName = "Lakeland";
