import { defineRule } from '../define-rule.js'
import { guarded, hintMatcher } from './util.js'

const COPYRIGHT = guarded(
  /©|\(c\)|copyright|rights|rechte|droits|derechos|diritti|права|版权所有|無断転載|著作権/iu,
  /(?:^\s*(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\bвсе права защищены\b|版权所有|無断転載|著作権)/iu,
)

/** Legal links, alone or as a row separated by | · • or spaces. */
const LEGAL_LINK =
  '(?:privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie policy|cookies|legal(?: notice)?|imprint|accessibility|sitemap|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|impressum|datenschutz(?:erklärung)?|agb|kontakt|mentions légales|politique de confidentialité|conditions générales d.utilisation|cgu|términos y condiciones|aviso legal|política de privacidad|contacto|do not sell my (?:personal )?info(?:rmation)?)'
const LEGAL_ROW = new RegExp(`^${LEGAL_LINK}(?:(?:\\s*[|·•/,]\\s*|\\s+)${LEGAL_LINK})*$`, 'iu')

const HINTS = hintMatcher({
  tokens: ['legal', 'site-info'],
  parts: ['footer', 'copyright', 'colophon'],
})

/**
 * Fine print in a box the page names as such (`legal`, `disclaimer`): offer
 * terms, footnotes to product claims, financing terms; any length.
 */
const FINE_PRINT = hintMatcher({ parts: ['legal', 'disclaimer', 'disclaimers'] })

/** Copyright lines, rows of legal links and fine print. */
export const legalFooter = defineRule({
  id: 'legal-footer',
  category: 'legal',
  description:
    'Drops copyright lines ("© 2024 X. All rights reserved"), rows of legal links and fine print in legal or disclaimer boxes.',
  test(block) {
    if (FINE_PRINT(block)) return { drop: true, reason: 'fine print' }
    if (block.words > 40) return undefined
    if (COPYRIGHT.test(block.text)) return { drop: true, reason: 'copyright line' }
    if (LEGAL_ROW.test(block.text)) return { drop: true, reason: 'legal links' }
    if (HINTS(block)) return { drop: true, reason: 'page footer element' }
    return undefined
  },
})
