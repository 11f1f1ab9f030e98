/** Shoppers' questions and remarks as they come, in ten languages: each bench adds a serial so every one is distinct. */
export const shopperPhrases: readonly (readonly [language: string, text: string])[] = [
  ['es', '¿Cuánto cuesta el envío a México'],
  ['es', '¿Tiene garantía este producto'],
  ['es', 'Me encanta el color rojo'],
  ['pt', 'Qual é o prazo de entrega'],
  ['en', 'Is it waterproof'],
  ['en', 'Love it, just ordered'],
  ['id', 'Berapa ongkir ke Jakarta'],
  ['fr', 'Combien coûte la livraison'],
  ['zh', '这个多少钱'],
  ['ar', 'كم سعر الشحن'],
];
