import { defineRule } from '../define-rule.js'
import { hasHint } from './util.js'

/** Tag lists, reading times, counters and "updated" stamps. */
const META_LINE =
  /^(?:(?:tags?|tagged(?: with)?|filed under|categories|category|topics?|schlagwörter|schlagworte|stichwörter|themen|mots-clés|étiquettes|etiquetas|temas|argomenti|теги|标签|タグ)\s*[:：].{0,200}|\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|minuten|minutes?|minutos?)\.?\s*(?:read|reading time|lesezeit|de lecture|de lectura|di lettura)|(?:reading time|lesezeit|temps de lecture|tiempo de lectura)\s*[:：]?\s*\d{1,3}\s*\S{0,10}|[\d.,]+\s*[km]?\s*(?:shares?|likes?|views?|reads?|aufrufe|partages|vues|compartidos|visitas)|(?:updated|published|posted|last (?:updated|modified)|aktualisiert|veröffentlicht|stand|publié|mis à jour|publicado|actualizado)(?: (?:on|at|am|um|le|el))?\s*[:：]?\s*\S.{0,50})$/iu

const HINTS = new Set([
  'tags',
  'tag-links',
  'post-tags',
  'entry-tags',
  'cat-links',
  'tags-links',
  'entry-meta',
  'post-meta',
  'article-meta',
  'meta-info',
  'reading-time',
  'posted-on',
  'entry-footer',
])

/** Tags, reading times, counters and date stamps around the article. */
export const pageMeta = defineRule({
  id: 'page-meta',
  category: 'meta',
  description: 'Drops tag lists, reading times, share counters and "Updated …" stamps.',
  test(block) {
    if (block.words > 40) return undefined
    if (META_LINE.test(block.text) && block.words <= 25)
      return { drop: true, reason: 'tags, counter or date stamp' }
    if (hasHint(block, HINTS)) return { drop: true, reason: 'article meta element' }
    return undefined
  },
})
