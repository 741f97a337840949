import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import { hintMatcher, wholeLine } from './util.js'

const NAV_LINE = wholeLine([
  'skip to (?:main )?(?:content|navigation|search)',
  '(?:navigation|menü|menu) (?:schlie(?:ss|ß)en|öffnen|close|open)',
  'einloggen',
  'log ?in',
  'sign in',
  'zaloguj(?: się)?',
  'iniciar sesión',
  'se connecter',
  'connexion',
  'mein konto',
  'my account',
  'registrieren',
  'jump to (?:content|navigation)',
  'home(?:page)?',
  'menu',
  'main menu',
  'toggle (?:navigation|menu)',
  'open (?:menu|navigation)',
  'close(?: menu)?',
  'search',
  'search for:?',
  'back to top',
  'go to top',
  'previous(?: (?:post|article|page))?',
  'next(?: (?:post|article|page))?',
  'zurück nach oben',
  'nach oben',
  '(?:nächster|vorheriger) artikel',
  'retour en haut(?: de (?:la )?page)?',
  'article (?:suivant|précédent)',
  'volver arriba',
  'artículo (?:anterior|siguiente)',
  'zum inhalt springen',
  'startseite',
  'suche',
  'aller au contenu(?: principal)?',
  'accueil',
  'rechercher',
  'ir al contenido',
  'inicio',
  'buscar',
  'главная',
  '首页',
  'ホーム',
])

/**
 * A listing's sorting and filtering controls: "Sort by:", "Filters (2)",
 * "Showing 1–24 of 291 results". A bare count ("400 Products") is often kept
 * by readers as the listing's heading, so it stays. HTML only: in plain text
 * the line moves what the end passes read (a listing lost 0.06 of word F1).
 */
const LIST_CONTROL = wholeLine([
  'sort(?:ed)?(?: by)?:?',
  'filters?:?',
  'filter by:?',
  'filters? \\(\\d{1,3}\\)',
  '(?:show|hide) filters',
  'clear all(?: filters)?',
  'showing \\d{1,5}(?:\\s?[–-]\\s?\\d{1,5})? of \\d[\\d,]{0,9} (?:results|items|products)',
])

/**
 * Pager links with the linked title glued on: "PrevPreviousWhen to Replace Your AC",
 * "Next post: Spring clean-up". Not a sentence: no comma after the word, no final period.
 */
const PAGER =
  /^(?:«\s*|‹\s*)?(?:prev(?:ious)?(?:prev(?:ious)?)?|next|older|newer|vorheriger|nächster|précédent|suivant|anterior|siguiente)(?:\s+(?:post|article|story|entry|beitrag|artikel|artículo))?(?:\s*[:：»«›‹|]\s*|\s+|(?=\p{Lu}))[^,].{0,150}$/iu

/** Breadcrumbs: 2-6 short parts joined by > › » / starting with a home word. */
const BREADCRUMB =
  /^(?:home|startseite|accueil|inicio|главная|首页|ホーム)\s*[>›»/|]\s*[^>›»/|]{1,60}(?:[>›»/|]\s*[^>›»/|]{1,80}){0,5}$/iu

const HINTS = hintMatcher({
  tokens: ['masthead', 'site-header', 'widget-area', 'sidebar', 'skip-link', 'skip-links'],
  parts: [
    'nav',
    'navbar',
    'navigation',
    'menu',
    'breadcrumb',
    'breadcrumbs',
    'pagination',
    'pager',
  ],
})

/** Navigation chrome that slipped into the article area. */
export const navigation = defineRule({
  id: 'navigation',
  category: 'navigation',
  description:
    'Drops navigation chrome: "Skip to content", menus, breadcrumbs, previous/next links.',
  test(block, context) {
    if (block.words > 30) return undefined
    if (NAV_LINE.test(block.text)) return { drop: true, reason: 'navigation link' }
    if (BREADCRUMB.test(block.text)) return { drop: true, reason: 'breadcrumb trail' }
    if (block.words <= 20 && !endsLikeSentence(block.text) && PAGER.test(block.text)) {
      return { drop: true, reason: 'previous/next link' }
    }
    if (context.format === 'html' && block.words <= 10 && LIST_CONTROL.test(block.text)) {
      return { drop: true, reason: 'sorting or filtering control' }
    }
    if (HINTS(block)) return { drop: true, reason: 'navigation element' }
    return undefined
  },
})
