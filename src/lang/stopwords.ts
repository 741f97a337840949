/**
 * Small stopword lists: the most frequent function words of each language.
 * Used for stopword density (jusText's main content feature) and for
 * language guessing. Kept short on purpose: the lists ship in the browser
 * bundle, and the most frequent ~100 words carry nearly all the signal.
 */
const LISTS: Readonly<Record<string, string>> = {
  en: 'a about above after again against all also am an and any are as at be because been before being between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own said same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours',
  de: 'aber alle allem allen aller als also am an auch auf aus bei beim bin bis bist da damit dann das dass dem den denn der des dich die dies diese diesem diesen dieser doch dort du durch ein eine einem einen einer eines er es etwas für gegen hat hatte hier ich ihm ihn ihr ihre im in ins ist ja jetzt kann kein keine man mehr mein mich mir mit muss nach nicht noch nun nur ob oder ohne schon sehr sein seine sich sie sind so soll über um und uns unter viel vom von vor war waren was weil wenn wer werden wie wieder wir wird wo zu zum zur',
  fr: 'à afin ai au aussi autre aux avait avec avoir c ce cela ces cet cette comme dans de des deux dont du elle elles en encore est et été être eu fait il ils je la le les leur leurs lui mais me même mes moi mon ne nos notre nous on ont ou où par pas peu plus pour qu que qui sa sans se selon ses si son sont sous sur ta te tes toi ton tous tout toutes très tu un une vos votre vous y',
  es: 'a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa ese eso esta estaba estas este esto estos fue ha hace hacia han hasta hay la las le les lo los más me mi muy nada ni no nos o otra otro para pero poco por porque que quien se sea ser si sido sin sobre su sus también tan te tiene todo todos tu un una unas uno unos y ya',
  it: 'a ad al alla alle anche che chi ci come con cui da dal dalla degli dei del della delle di e è gli ha hanno i il in io la le lo loro ma mi ne nei nel nella non o per più quella quello questa questo se si sono su sua sue suo sul sulla tra un una uno',
  pt: 'a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este eu foi há isso já mais mas me muito na nas não nem no nos o os ou para pela pelo por qual quando que se sem ser seu sua são também te tem um uma umas uns',
  nl: 'aan al alle als bij dan dat de der deze die dit door een en er had heb hebben heeft het hij hoe hun ik in is je kan maar meer met na naar niet nog nu of om onder ons ook op over te tegen tot u uit van veel voor was wat we wel werd wij worden zal ze zich zij zijn',
  sv: 'att av de den det där efter ej eller en ett för från har hon hur i inte jag kan man med men mot när nu och om på sig som till under upp ut var vi vid är över',
  pl: 'a aby ale bo był była było być czy dla do gdy go i ich im jak jako jest jego jej już ma na nie niż o od po pod przez przy się są ta tak te tego to tu w we z za że',
  ru: 'а без бы был была были было в вам вас во вот все всё вы где да для до его ее её если есть еще ещё же за и из или им их к как ко когда который кто ли мне мы на над не него нет ни но о об от по под при с со так также то только у уже что чтобы это эти этот я',
  tr: 'acaba ama ancak bazı belki ben bir biri bu buna bunu çok da daha de değil diye en gibi hem her için ile ise kadar ki mi o olan olarak sonra şey şu ve veya ya',
}

/** Stopword sets by 2-letter language code, built once. */
export const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
)
