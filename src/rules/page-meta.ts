import { defineRule } from '../define-rule.js'
import { hintMatcher } from './util.js'

/** Tag lists, reading times, counters and "updated" stamps. */
const META_LINE =
  /^(?:(?:tags?|tagged(?: with)?|filed under|categories|category|topics?|schlagwörter|schlagworte|stichwörter|themen|mots-clés|étiquettes|etiquetas|temas|argomenti|теги|标签|タグ)\s*[:：].{0,200}|\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|minuten|minutes?|minutos?)\.?\s*(?:read|reading time|lesezeit|de lecture|de lectura|di lettura)|(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|lectura)\s*[:：]?\s*\d{1,3}\s*\S{0,10}|[\d.,]+\s*[km]?\s*(?:shares?|likes?|views?|reads?|aufrufe|partages|vues|compartidos|visitas)|(?:updated|published|posted|last (?:updated|modified)|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado)(?: (?:on|at|am|um|le|el))?\s*[:：]?\s*(?=.{0,50}\d)(?!.*,\s+\p{Ll})(?!.*[.!?]$).{1,50}|stand\s*[:：]\s*\S.{0,40})$/iu

const HINTS = hintMatcher({
  tokens: [
    'tags',
    'tag-links',
    'tags-links',
    'cat-links',
    'reading-time',
    'posted-on',
    'entry-footer',
    'entry-meta',
    'post-meta',
    'article-meta',
    'meta-info',
  ],
  parts: ['tagcloud', 'taglist'],
})

/** Tags, reading times, counters and date stamps around the article. */
export const pageMeta = defineRule({
  id: 'page-meta',
  category: 'meta',
  description: 'Drops tag lists, reading times, share counters and "Updated …" stamps.',
  test(block) {
    if (block.words > 40) return undefined
    if (META_LINE.test(block.text) && block.words <= 25)
      return { drop: true, reason: 'tags, counter or date stamp' }
    if (HINTS(block)) return { drop: true, reason: 'article meta element' }
    return undefined
  },
})
