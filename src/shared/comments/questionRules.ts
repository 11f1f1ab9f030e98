/**
 * Is a comment a question? Per-language rules: the question mark of the
 * script (?, ？, ؟), interrogative words at the start or anywhere, and the
 * particles that make a question without a mark (zh 吗, ja か, th ไหม, vi không).
 * Rules, not a model: fast, explainable, and tested per language.
 */
const questionMarks = /[?？؟¿]/;

const rules: Record<string, { starts?: RegExp; contains?: RegExp; ends?: RegExp }> = {
  en: {
    starts:
      /^(what|how|when|where|why|which|who|whose|is|are|am|do|does|did|can|could|will|would|should|shall|may|have|has|any)\b/i,
  },
  es: {
    starts:
      /^(qu[eé]|cu[aá]nto|cu[aá]ndo|d[oó]nde|c[oó]mo|por\s?qu[eé]|cu[aá]l|qui[eé]n|hay|tienen|tiene|puedo|se puede|es|est[aá]|sirve)\b/i,
    contains: /\b(cu[aá]nto|d[oó]nde|c[oó]mo|cu[aá]ndo|por qu[eé])\b/i,
  },
  pt: {
    starts:
      /^(qual|quais|quanto|quanta|quando|onde|como|por ?que|quem|tem|têm|posso|pode|vocês|voces|é|está|serve)\b/i,
    contains: /\b(quanto|onde|quando|como|por que)\b/i,
  },
  fr: {
    starts:
      /^(combien|quand|o[uù]|comment|pourquoi|quel|quelle|quels|quelles|qui|est-ce|avez-vous|peut-on|puis-je|y a-t-il|c'est|est-il|est-elle)\b/i,
    contains: /\b(combien|est-ce que|quand|comment|pourquoi)\b/i,
  },
  de: {
    starts:
      /^(wie|was|wann|wo|wohin|woher|warum|welche|welcher|welches|wer|gibt es|kann|können|habt|haben|ist|sind|hat)\b/i,
    contains: /\b(wie viel|wieviel|wann|warum|gibt es)\b/i,
  },
  id: {
    starts:
      /^(apa|apakah|berapa|bagaimana|gimana|kapan|di ?mana|mengapa|kenapa|siapa|bisa|bisakah|boleh|bolehkah|ada)\b/i,
    contains: /\b(berapa|bagaimana|gimana|kapan|di ?mana|kenapa|mengapa)\b/i,
    ends: /\b(ya|kah|nggak|gak|tidak|belum)$/i,
  },
  ms: {
    starts:
      /^(apa|apakah|berapa|bagaimana|macam ?mana|bila|bilakah|di ?mana|mengapa|kenapa|siapa|boleh|bolehkah|adakah|ada)\b/i,
    contains: /\b(berapa|bagaimana|macam mana|bila|di ?mana|kenapa|mengapa)\b/i,
    ends: /\b(ke|kah|tak|tidak|belum)$/i,
  },
  ar: {
    starts: /^(هل|كم|متى|أين|اين|كيف|ماذا|لماذا|ما|من|أي|اي)(\s|$)/,
    contains: /(^|\s)(كم|متى|أين|كيف|لماذا)(\s|$)/,
  },
  zh: {
    contains: /(吗|嗎|呢|多少|怎么|怎麼|什么|什麼|几|幾|哪|为什么|為什麼|是否|能不能|可不可以|有没有|有沒有)/,
  },
  ja: { contains: /(ですか|ますか|でしょうか|何|なに|なん|いくら|どこ|いつ|どう|どれ|なぜ|誰|か$|の$)/ },
  th: { contains: /(ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือยัง|อะไร|เท่าไหร่|เท่าไร|ยังไง|อย่างไร|ที่ไหน|เมื่อไหร่|ทำไม|ใคร|ไหน)/ },
  vi: {
    starts: /^(bao nhiêu|khi nào|ở đâu|tại sao|vì sao|như thế nào|làm sao|ai|có)\b/i,
    contains:
      /(bao nhiêu|ở đâu|khi nào|tại sao|vì sao|thế nào|làm sao|được không|không\s*ạ?$|chưa\s*ạ?$|gì\s*ạ?$|sao\s*ạ?$)/i,
  },
};

/** Languages with rules of their own; others count only a question mark. */
export const questionLanguages = Object.keys(rules);

export function isQuestion(text: string, language: string): boolean {
  const trimmed = text.trim();
  if (questionMarks.test(trimmed)) return true;
  const rule = rules[language.split('-')[0]?.toLowerCase() ?? ''];
  if (!rule) return false;
  const bare = trimmed.replace(/[.!。！…\s]+$/u, '');
  return (
    (rule.starts?.test(bare) ?? false) ||
    (rule.contains?.test(bare) ?? false) ||
    (rule.ends?.test(bare) ?? false)
  );
}
