import type { RuleCases } from '../rule-tester.js'
import { P1, P2, P3, pageWithInset, TITLE } from './case-pages.js'

const CREDITED = 'Volunteers fill sandbags along the riverbank.'

export const cases: RuleCases = {
  keep: [
    // A fraction or a ratio before an agency's name is no credit line.
    'The vote was 5/AP style, the editor said.',
    // A wire dateline at the start is no credit.
    'WASHINGTON (AP) — The Senate passed the bill late on Tuesday after a long night of negotiations.',
    'The photo, taken by a passer-by, shows the suspect leaving the bank shortly after noon.',
    'Picture this: a city where every roof is covered with a garden.',
    'Images from the scene showed collapsed buildings and burning cars along the main road.',
    'Das Foto zeigt nach Angaben der Polizei den gesuchten Mann vor einer Bankfiliale.',
    'Sur la photo, on voit le ministre serrer la main du président sous la pluie.',
    'La imagen del satélite muestra el avance del incendio hacia el norte.',
    // An agency named inside a sentence is no credit.
    'The figures were first reported by Agence France-Presse (AFP).',
    // A short line that is followed by prose, not by a credit.
    { text: 'A quieter Sunday on the river', before: [TITLE, P1], after: [P2, P3] },
    {
      html: pageWithInset(
        '<figure><img src="harbour.jpg" alt=""></figure><p>Photographers were kept away from the site until the evening.</p>',
      ),
      text: 'Photographers were kept away from the site until the evening.',
    },
    // A cell of a layout table an editor wrapped in a figure (`wp-block-table`).
    {
      html: pageWithInset(
        '<figure class="wp-block-table"><table><tbody><tr><td><p>Exam fee</p></td><td><p>Between 95 and 245 dollars</p></td></tr></tbody></table></figure>',
      ),
      text: 'Between 95 and 245 dollars',
    },
  ],
  drop: [
    {
      text: 'Firefighters battle a blaze near the coastal highway on Saturday. (Lena Ortiz/Reuters)',
      before: [TITLE, P1],
      after: [P2],
      reason: 'image caption with credit',
      capture: 'caption',
      value: 'Firefighters battle a blaze near the coastal highway on Saturday.',
    },
    {
      text: 'Protesters gather outside parliament on Tuesday. (AP Photo/Dario Velez)',
      reason: 'image caption with credit',
      capture: 'caption',
      value: 'Protesters gather outside parliament on Tuesday.',
    },
    {
      text: CREDITED,
      before: [TITLE, P1],
      after: ['Photo: Tomás Ferrer/AFP', P2],
      reason: 'image caption above its credit line',
      capture: 'caption',
    },
    {
      text: 'Photo: Tomás Ferrer/AFP',
      before: [TITLE, P1, CREDITED],
      after: [P2],
      reason: 'photo credit line',
    },
    // A photographer and an agency alone on a line, and the French plural label.
    {
      text: 'Augusta National/Getty Images',
      before: [TITLE, P1],
      after: [P2],
      reason: 'photo credit line',
    },
    {
      text: 'Crédits photos : Bestimage',
      before: [TITLE, P1],
      after: [P2],
      reason: 'photo credit line',
    },
    {
      text: 'Der Bürgermeister bei der Eröffnung der neuen Brücke. Foto: dpa',
      reason: 'image caption with credit',
      capture: 'caption',
      value: 'Der Bürgermeister bei der Eröffnung der neuen Brücke.',
    },
    {
      text: 'Des manifestants devant la préfecture de Rennes, samedi. Crédit photo : Studio Lumière',
      reason: 'image caption with credit',
      capture: 'caption',
      value: 'Des manifestants devant la préfecture de Rennes, samedi.',
    },
    {
      text: 'Vista aérea del embalse casi vacío tras meses de sequía. (EFE)',
      reason: 'image caption with credit',
      capture: 'caption',
      value: 'Vista aérea del embalse casi vacío tras meses de sequía.',
    },
    {
      text: 'A worker inspects solar panels at a farm near Seville',
      before: [TITLE, P1],
      after: [
        'A worker inspects solar panels at a farm near Seville, Spain, on 3 May. (Reuters)',
        P2,
      ],
      reason: 'image alt text repeated by the caption',
    },
    {
      html: pageWithInset(
        '<figure><img src="harbour.jpg" alt=""><figcaption>The old harbour at dawn, before the fishing fleet leaves.</figcaption></figure>',
      ),
      text: 'The old harbour at dawn, before the fishing fleet leaves.',
      reason: 'image caption',
      capture: 'caption',
    },
    {
      html: pageWithInset(
        '<figure><img src="slide.jpg" alt=""><figcaption>Rescue teams at the site of the landslide. Photo: Marta Vidal</figcaption></figure>',
      ),
      text: 'Rescue teams at the site of the landslide. Photo: Marta Vidal',
      reason: 'image caption with credit',
      capture: 'caption',
      value: 'Rescue teams at the site of the landslide.',
    },
    {
      html: pageWithInset(
        '<div class="wp-caption"><img src="hall.jpg" alt=""><p class="wp-caption-text">Volunteers sort donated clothes in a church hall.</p></div>',
      ),
      text: 'Volunteers sort donated clothes in a church hall.',
      reason: 'image caption',
      capture: 'caption',
    },
  ],
}
