"""German lexicon: regex fragments per rule stage, written in natural spelling.

Fragments are lower-case; umlauts are folded (ä→ae …) at compile time exactly like the text,
and every fragment is wrapped in word boundaries, so `\\w*` is how a fragment reaches into
compounds ("\\w*rabatt" also finds "Treuerabatt"). A space matches any run of whitespace.
"""

from __future__ import annotations

_YOU = r"(?:sie|du|ihr|euch)"
_YOU_DAT = r"(?:ihnen|dir|euch)"
_YOUR = r"(?:ihr|ihre|ihren|ihrem|ihrer|ihres|dein|deine|deinen|deinem|deiner|euer|eure|euren)"
_DAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|monatsende|jahresende|quartalsende)"
_WHEN = rf"(?:heute|morgen|übermorgen|gleich|nachher|später|(?:nächste|kommende|übernächste) woche|(?:nächsten|kommenden) monat|am {_DAYS}|bis {_DAYS}|bis morgen|bis ende|in (?:\w+ )?(?:tagen|wochen|monaten)|nach (?:\w+ )?(?:tagen|wochen|monaten))"
_NEED = (
    r"(?:sagen|sagten|gesagt|meinen|meinten|möchten|möchtest|wollen|willst|brauchen|brauchst|suchen|suchst|"
    r"wünschen|erwarten|befürchten|fürchten|legen|wichtig|geht es|problem|anliegen|sorge|ziel|wunsch|"
    r"herausforderung|hatten|haben bisher|nutzen|planen|denken|finden|ärgert|stört|fehlt|kriterium|priorität)"
)

PARAPHRASE = (
    r"ich höre (?:da |hier )?(?:raus|heraus)|ich höre,? dass|(?:sie|du) \w+ also\b",
    r"^(?:\W*)(?:das heißt|das heisst|also|sprich|sie sagen),? (?:sie|du|ihnen|dir|ihr|ihre|es|für sie) .*\?",
    r"wenn ich (?:sie|dich|euch|das) (?:\w+ )?(?:richtig|recht) (?:verstehe|verstanden habe|sehe|höre)",
    r"wenn ich das richtig (?:sehe|verstehe|mitbekommen habe)",
    r"(?:habe|hab) ich (?:sie|dich|euch|das) (?:\w+ )?(?:richtig|recht) verstanden",
    r"verstehe ich (?:sie|dich|euch|das) (?:\w+ )?(?:richtig|recht)",
    r"(?:richtig|recht) verstanden,? dass",
    rf"{_YOU} (?:sagen|sagst|meinen|meinst|möchten|möchtest|wollen|willst|suchen|suchst|brauchen|brauchst) (?:\w+ )?also",
    rf"{_YOU_DAT} (?:ist|sind|geht es|kommt es) (?:\w+ )?also",
    rf"also (?:ist|sind|geht es|kommt es) (?:für )?{_YOU_DAT}",
    rf"also (?:ist )?(?:für {_YOU}|{_YOU_DAT}) .{{0,40}}{_NEED}",
    rf"(?:das heisst|das heißt|d\.h\.|sprich),? {_YOUR} \w*(?:problem|anliegen|sorge|ziel|wunsch|herausforderung|priorität|schwerpunkt)",
    rf"(?:das heisst|das heißt|d\.h\.|sprich),? ({_YOU}|{_YOU_DAT}) (?!sparen|gewinnen|profitieren|können|müssen|haben dann)\w+ .{{0,30}}{_NEED}",
    r"zusammengefasst|zusammenfassend|(?:ich )?fasse (?:\w+ )?zusammen|fassen wir (?:\w+ )?zusammen|lassen sie (?:mich|uns) (?:\w+ )?zusammenfassen|kurz zusammengefasst",
    r"mit anderen worten|anders gesagt|(?:sie|du) (?:hatten|hattest|haben|hast) (?:\w+ )?(?:gesagt|erwähnt|erzählt|angesprochen|betont),? dass",
    r"(?:habe|hab) ich (?:das|sie|dich) so richtig verstanden|korrigieren sie mich,? wenn",
    r"was ich (?:bisher )?(?:mitgenommen|verstanden|gehört) habe",
)

FAREWELL = (
    r"auf bald",
    r"noch (?:einen |ein )?(?:schönen|guten|erfolgreichen|angenehmen|entspannten|tollen) (?:tag|abend|feierabend|wochenende|urlaub|nachmittag)|wir (?:hören|sehen|sprechen) uns\W*$",
    r"auf wieder(?:hören|sehen|schauen|sehn)|tschüss|tschüs|tschö|ciao|adieu|baba",
    r"(?:(?<=^)|(?<=,\s)|(?<=und\s)|(?<=dann\s))bis (?:bald|dann|später|gleich|demnächst|zum nächsten mal|nächste woche|morgen|montag|dienstag|mittwoch|donnerstag|freitag)(?: dann)?\W*$",
    r"(?:einen |ein )?(?:schönen|guten|erfolgreichen|angenehmen|entspannten|tollen) (?:tag|abend|feierabend|wochenende|urlaub|nachmittag|start in die woche|restwoche|resttag)(?: noch)?\W*$",
    r"(?:einen |ein )?(?:schönen|guten|erfolgreichen|angenehmen|entspannten|tollen) (?:tag|abend|feierabend|wochenende|urlaub|nachmittag) (?:noch|wünsche)",
    r"schönes wochenende|schönen tag noch|mach'?s gut|machen sie'?s gut|macht'?s gut|alles gute|(?:viele|liebe|beste|herzliche) grüße",
    r"(?:hat|es hat) mich (?:sehr |wirklich )?gefreut|es war mir eine (?:freude|ehre)|war (?:schön|nett|angenehm),? (?:mit ihnen|mit dir) zu (?:sprechen|reden)",
    rf"(?:ich )?wünsche {_YOU_DAT} (?:noch )?(?:einen|ein|eine|alles|viel)",
)

GREETING = (
    r"schön,? dass (?:es|sie|du|ihr|wir|das) (?:\w+ ){0,5}(?:klappt|geklappt|zeit|erreiche|erreicht|sprechen|treffen|dabei)",
    r"ich hoffe,? (?:sie|du|ihr) (?:hatten|hattest|hattet|sind|bist|seid|haben|hast) (?:\w+ ){0,3}(?:gut|gute|guten|schön|schöne|schönes|erholsam|angenehm)",
    r"^(?:\W*)(?:guten (?:morgen|tag|abend|mittag)|hallo|hallöchen|hi|hey|servus|moin|moinsen|grüß gott|grüezi|grüß dich|grüß sie|tach|n'?abend|(?:herzlich )?willkommen)",
    r"guten (?:morgen|tag|abend)|herzlich willkommen|mein name ist|hier (?:ist|spricht) \w+|ich bin (?:der |die )?\w+ (?:\w+ )?(?:von|vom|aus dem team|bei)",
    rf"wie geht(?:'s| es)(?: {_YOU_DAT})?|wie läuft(?:'s| es)(?: bei {_YOU_DAT}| so)?|alles (?:gut|klar|fit) bei {_YOU_DAT}",
    rf"wie war {_YOUR} (?:wochenende|urlaub|reise|anreise|flug|messe|woche|feiertage|tag)|wie war (?:die|der|das) (?:messe|anreise|reise|urlaub|wochenende|konferenz|feiertage)",
    r"(?:gute|angenehme) anreise|gut (?:her|hier)gefunden|gut zu uns (?:her)?gefunden|gut (?:ins neue jahr|angekommen)|frohes neues|schöne feiertage gehabt",
    rf"(?:schön|freut mich|nett|toll|prima|super)(?: sehr)?,? {_YOU} (?:kennen ?zu ?lernen|zu sehen|wieder ?zu ?sehen|zu sprechen|zu treffen|zu hören|wieder ?zu ?sprechen)",
    r"(?:schönes|tolles|herrliches|mieses|schreckliches) wetter|\w*wetter (?:heute|gerade|draußen|bei ihnen)|was für ein wetter",
    rf"dass {_YOU} (?:sich|dir|euch) (?:heute |die |kurz |etwas )*zeit (?:für mich |für uns |dafür )?(?:nehmen|nimmst|nehmt)\b",
    rf"(?:passt|passt es) {_YOU_DAT} (?:gerade|jetzt|im moment)|(?:haben|hast) {_YOU} (?:gerade |kurz |jetzt )+(?:zeit|einen moment|fünf minuten|eine minute)|störe ich (?:gerade|sie)?|ist es gerade (?:günstig|ein guter zeitpunkt)",
    r"ich rufe (?:sie |dich )?an,? (?:weil|wegen|bezüglich|da)|ich melde mich (?:bei \w+ )?(?:wegen|bezüglich|weil)",
    r"ich habe gesehen,? (?:dass )?(?:sie|du|ihr)|herzlichen glückwunsch|ich gratuliere|wie war es denn",
)

FAREWELL_THANKS = (
    r"(?:vielen|herzlichen|besten|tausend|recht herzlichen|ganz herzlichen)? ?(?:dank|danke(?: schön| sehr)?|merci),? (?:auch )?(?:für|dass)",
)
FAREWELL_THANKS_OBJECT = (
    rf"(?:{_YOUR}|die|das|den) (?:\w+ )?(?:zeit|gespräch|telefonat|auftrag|vertrauen|interesse|anruf|termin|besuch|offenheit|geduld)|zeit genommen",
)

CLOSE = (
    r"auftrag (?:\w+ ){0,3}(?:aufnehmen|notieren|eintragen|festhalten|auslösen|erfassen|erteilen)",
    r"(?:vertrag|auftrag|bestellung) (?:\w+ ){0,2}(?:fertig|fest|klar|aufsetzen|abschließen|unterschriftsreif)|für die unterschrift|zur unterschrift",
    r"(?:,|–|-) ?(?:einverstanden|abgemacht|sind sie dabei|machen wir es so|machen wir das so) ?\?\W*$",
    r"sollen wir (?:\w+ ){0,8}(?:starten|loslegen|beginnen|anfangen|umsetzen|festmachen|abschließen|einrichten|installieren|freischalten|buchen|bestellen)",
    r"als (?:neuen|neue) (?:kunden|kundin|partner|partnerin)|willkommen an bord",
    r"(?:möchten|wollen|nehmen|hätten|wünschen) (?:sie|du) .{0,60}\boder\b",
    r"sollen wir (?:das|den auftrag|den vertrag|es|die sache|damit)? ?(?:\w+ )?(?:so )?(?:festmachen|fest machen|fix machen|abschließen|starten|umsetzen|loslegen|angehen|beginnen|anfangen|unter dach und fach bringen|machen)\b",
    r"wollen wir (?:\w+ )?(?:loslegen|starten|anfangen|beginnen|es angehen|zusammenarbeiten|das so machen|es so machen|den vertrag|den auftrag)",
    r"(?:möchten|wollen|würden) sie (?:\w+ ){0,3}(?:bestellen|buchen|unterschreiben|beauftragen|abschließen|zuschlagen|starten|loslegen|nehmen)\b",
    r"(?:darf|soll|kann) ich (?:ihnen|dir|euch) (?:\w+ ){0,2}(?:vertrag|vertragsunterlagen|auftrag|bestellformular|bestellschein|unterlagen zur unterschrift)",
    r"(?:schicke|sende|maile|bereite|mache|setze|schreibe) (?:ihnen |dir |euch )?(?:\w+ ){0,3}(?:vertrag|vertragsentwurf|bestellschein|auftragsformular)\b",
    r"trage (?:ich )?(?:sie|dich|euch) .{0,30}ein|(?:notiere|reserviere|buche) (?:ich )?(?:sie|dich|euch) (?:\w+ ){0,3}(?:für|ein)",
    r"(?:können|sollen|dürfen|wollen) wir (?:\w+ ){0,3}(?:auftrag|bestellung|vertrag|sache) (?:\w+ ){0,2}(?:festhalten|fest|machen|abschließen|aufsetzen|fix)",
    r"dann machen wir (?:das|es) (?:doch )?so|machen wir(?:'s| es| das)(?: so)?\W*$|abgemacht\W*$|deal\W*$",
    r"sind wir uns (?:\w+ )?einig|haben wir einen deal|schlagen sie ein|sind sie dabei|darf ich das (?:\w+ )?als (?:zusage|ja|auftrag)",
    rf"{_YOUR} unterschrift|unterschreiben sie (?:bitte |einfach |gleich )?(?:hier|dort|unten)|hier unterschreiben|brauche (?:\w+ ){{0,3}}(?:unterschrift|okay|ok|freigabe|zusage)",
    r"(?:wann|ab wann) (?:sollen|dürfen|können|wollen|möchten) (?:wir|sie|du) (?:\w+ ){0,4}(?:beginnen|starten|anfangen|loslegen|liefern|installieren|einrichten|umstellen|durchstarten)",
    r"soll ich (?:\w+ ){0,7}(?:bestellen|buchen|reservieren|freischalten|vormerken|anlegen|fertig machen|in auftrag geben|beauftragen)",
    r"auf welchen namen|an welche (?:rechnungs)?adresse|welche rechnungsadresse|wohin (?:dürfen|sollen|können) wir (?:\w+ )?(?:liefern|schicken)",
    r"(?:lieber|eher) .{0,50}\boder\b",
    r"(?:monatlich|jährlich|quartalsweise|halbjährlich) oder (?:monatlich|jährlich|quartalsweise|halbjährlich)",
    r"(?:paket|tarif|variante|version|modell|option|ausführung) \w+ oder",
    r"(?:starten|beginnen|anfangen|loslegen|liefern) .{0,25}\boder\b|\boder\b .{0,40}(?:starten|beginnen|anfangen|loslegen|liefern)\W*$",
)

TRIAL_CLOSE = (
    r"sind sie (?:\w+ ){0,3}(?:an|in) (?:so einer|einer solchen|dieser|unserer|so einem|einem solchen|diesem|unserem) (?:\w+ )?interessiert|grundsätzlich interessiert|wie wäre das (?:für|bei)|wie fänden sie (?:das|so)",
    r"^(?:\W*)(?:und |also )?(?:wäre|wären|ist|klingt|wär|fänden sie|finden sie|findest du) (?:\w+ ){0,5}(?:denkbar|vorstellbar|interessant|eine option|attraktiv|sinnvoll|hilfreich|eine lösung|das richtige|etwas für|was für|eine überlegung wert|gut)\b",
    r"^(?:\W*)würden? (?:\w+ ){0,6}(?:lösen|helfen|erleichtern|weiterhelfen|passen|entsprechen|verbessern|vereinfachen|entlasten|bringen|nützen)",
    r"^(?:\W*)(?:und |also )?(?:passt|geht|ist|klingt|wäre) (?:das|dies|es) (?:\w+ ){0,3}(?:für (?:sie|dich|euch)|in ordnung|okay|ok)\W*$",
    r"^(?:\W*)(?:und |also )?(?:wäre|wären|wär) (?:das|dies|so etwas|sowas|es|eine solche lösung|so eine lösung) (?:\w+ ){0,8}(?:entlastung|erleichterung|hilfe|gewinn|verbesserung|fortschritt|schritt nach vorn|lösung|unterstützung|vorteil|wert)",
    r"(?:hört|klingt) sich (?:das|dies) (?:\w+ ){0,4}an|klingt (?:das|dies) (?:\w+ ){0,3}(?:gut|sinnvoll|interessant|vernünftig|spannend|nach)",
    r"wie (?:klingt|hört sich|gefällt|findest|finden sie|fänden sie|findet ihr) (?:das|ihnen|dir|euch|die|der|unser)",
    r"was (?:halten|hältst|haltet) (?:sie|du|ihr) (?:davon|von (?:dem|der|diesem|dieser|unserem|unserer|meinem|meiner|so|dem vorschlag))",
    r"was (?:meinen|sagen|denken) (?:sie|ihr) (?:dazu|davon)|was meinst du\b|was sagst du (?:dazu|davon)|wie (?:sehen|stehen) (?:sie|du) (?:das|dazu)\W*$",
    r"(?:wäre|ist|klingt|wär|wären) (?:das|dies|so etwas|sowas|es|das angebot|die lösung|unser angebot) (?:\w+ ){0,3}(?:interessant|eine option|eine lösung|eine alternative|etwas für|was für|das richtige|in ihrem sinne|denkbar|vorstellbar|hilfreich|eine überlegung wert|attraktiv|sinnvoll|gut für)",
    r"(?:können|könnten|kannst|könntest|könntet) (?:sie|du|ihr) (?:sich|dir|euch) (?:\w+ )?vorstellen",
    r"würde (?:das|dies|so etwas|sowas|es|die lösung|unser angebot|das paket) (?:\w+ ){0,5}(?:lösen|helfen|passen|weiterhelfen|entsprechen|verbessern|erleichtern)",
    r"entspricht (?:das|dies) (?:\w+ ){0,3}(?:vorstellungen|erwartungen|anforderungen|bedarf|wünschen)",
    r"passt (?:das|dies) (?:\w+ ){0,4}(?:vorstellungen|vorgestellt|bedarf|anforderungen|zu ihnen|zu dir|zu euch|zu ihrem|zu ihrer|zu dem, was|zu dem was)",
    r"sehen (?:sie|du) das (?:auch|genauso|ähnlich)|ist das (?:die|eine) (?:richtige )?richtung|geht das in die richtige richtung|sind wir (?:da )?auf dem richtigen weg",
    r"(?:steht|spricht) .{0,40}(?:noch )?(?:etwas|was|irgendetwas) (?:im weg|dagegen)",
    r"angenommen,? .{0,100}(?:wäre|würden|würde|wären|könnten|hätten)",
    r"wenn wir .{0,80}(?:wären sie|würden sie|kämen wir|hätten wir|steht|können wir dann|könnten sie)",
    rf"sagt {_YOU_DAT} (?:das|dies|die lösung) (?:\w+ )?zu|habe ich {_YOUR} interesse geweckt|gefällt {_YOU_DAT} (?:das|die|der|was)|macht (?:das|es) (?:\w+ )?sinn für",
    rf"sind {_YOU} (?:soweit|bis hierhin|bisher) (?:zufrieden|einverstanden)|überzeugt (?:sie|dich|euch) das|ist das (?:etwas|was),? (?:das|was) (?:sie|du) (?:suchen|sucht)",
)

ARGUE = (
    r"(?:sie|du) (?:haben|hast) (?:\w+ ){0,2}unrecht|unrecht haben|technisch (?:\w+ )?nicht möglich|(?:behauptet|behaupten)\W*$",
    r"(?:da|damit|dabei|hier) (?:irren|täuschen) (?:sie|du) (?:sich|dich)|(?:sie|du) (?:irren|täuschen|irrst|täuschst) (?:sich|dich)",
    r"das stimmt (?:\w+ ){0,3}nicht|das ist (?:\w+ )?(?:falsch|unsinn|quatsch|blödsinn|nicht richtig|nicht korrekt|nicht wahr|ein irrtum|ein mythos|ein vorurteil|kein argument|an den haaren herbeigezogen)",
    r"(?:sie|du) (?:verstehen|verstehst|sehen|siehst) das (?:\w+ )?falsch|das (?:sehen|verstehen|siehst|verstehst) (?:sie|du) (?:\w+ )?falsch|(?:sie|du) (?:haben|hast) (?:da |das )?(?:nicht|unrecht|nicht richtig verstanden|nichts verstanden)",
    r"(?:da|damit) liegen (?:sie|du) (?:\w+ )?falsch|(?:sie|du) lieg(?:en|st) (?:da )?falsch",
    r"\b(?:unsinn|quatsch|blödsinn|humbug|schwachsinn)\b|\w*irrtum|ammenmärchen|mythos",
    r"(?:muss|möchte) ich (?:ihnen|dir|euch) (?:\w+ )?widersprechen|widerspreche ich|ich widerspreche",
    r"im gegenteil|fakt ist|tatsache ist|die (?:zahlen|fakten|daten|studien) (?:zeigen|beweisen|sprechen)|beweis(?:t|en) das gegenteil",
    r"wie (?:ich )?(?:schon|bereits) (?:gesagt|sagte|erwähnt|erklärt)|wie gesagt",
    r"das kann man so (?:\w+ )?nicht sagen|so (?:\w+ )?nicht richtig|äpfel mit birnen|der vergleich hinkt",
    r"^(?:\W*)nein,? ?nein|^(?:\W*)nein,? (?:das|da|so|sie)|(?:nicht )?richtig verstanden haben sie|haben (?:sie|du) (?:das )?(?:nicht|falsch) verstanden",
    r"das glauben sie doch (?:selbst )?nicht|aber das ist doch|das ist doch (?:kein|nicht|unsinn|quatsch)|erzählt (?:ihnen|dir) .{0,20}(?:quatsch|unsinn|märchen|mist)",
    r"(?:ihr|der|die) (?:jetziger?|bisheriger?|aktueller?) (?:anbieter|dienstleister|lieferant) (?:\w+ ){0,3}(?:schlechter|lügt|mogelt|schummelt|unseriös)",
)

PRESSURE = (
    r"wenn sie (?:heute|jetzt) nicht (?:\w+ ){0,2}(?:unterschreiben|zusagen|bestellen|zugreifen|entscheiden)|(?:kann|können) ich (?:ihnen )?(?:den|diesen) (?:preis|termin|rabatt) nicht (?:garantieren|halten|versprechen)|heiß begehrt|sehr gefragt|entscheiden sie sich (?:\w+ )?(?:schnell|zügig|bald)",
    r"(?:nicht mehr|nur noch) (?:\w+ )?(?:gültig|verfügbar|zu haben|möglich|lieferbar)|\bverfällt",
    r"(?:sie|du) (?:müssen|musst|sollten|solltest) (?:sich |dich )?(?:\w+ ){0,2}(?:heute|jetzt|sofort|gleich|schnell|bald) (?:\w+ ){0,2}(?:entscheiden|unterschreiben|zusagen|bestellen|zugreifen|festlegen)",
    r"nicht (?:ewig|unbegrenzt|mehr lange|lange) (?:\w+ )?(?:freihalten|halten|reservieren|warten|blocken)",
    r"(?:gilt|gültig|läuft|gibt es|bekommen sie|bekommst du) (?:\w+ ){0,4}nur (?:noch )?(?:bis|heute|diese woche|kurz)",
    r"nur (?:noch )?(?:bis|heute|diese woche|dieses wochenende)\b",
    r"(?:müssen|musst|sollten|solltest) (?:sich|dich|sie|du) (?:\w+ ){0,2}(?:heute|jetzt|sofort|gleich|schnell|noch heute|bis \w+) (?:\w+ ){0,2}(?:entscheiden|festlegen|unterschreiben|zusagen)",
    r"(?:entscheiden|entscheide) (?:sie|dich) (?:sich )?(?:jetzt|heute|sofort)|jetzt zugreifen|greifen sie (?:jetzt|heute|schnell) zu|(?:jetzt|heute) nicht zugreifen",
    r"nur noch (?:\w+ ){1,3}(?:frei|übrig|verfügbar|da|auf lager|vorrätig)|nur noch (?:wenige|ein paar|zwei|drei|vier|fünf|\d+)",
    r"(?:preise|preis) (?:steigen|steigt|erhöhen sich|gehen .{0,10}hoch|ziehen an)|(?:steigen|steigt|erhöhen sich|erhöht sich) (?:\w+ ){0,2}preise?|preiserhöhung|wird (?:es )?(?:\w+ )?teurer",
    r"(?:lange|länger|zu lange) (?:warten|zögern) würde ich|nicht (?:zu |mehr )?lange (?:warten|zögern)|zögern sie nicht|warten sie nicht (?:zu )?lange",
    r"brauche (?:\w+ ){0,2}(?:bis|heute|noch heute|morgen) (?:\w+ ){0,3}(?:entscheidung|antwort|zusage|rückmeldung)|(?:entscheidung|antwort|zusage) (?:\w+ ){0,2}(?:bis morgen|bis heute|noch heute)",
    r"(?:aktion|angebot|rabatt|sonderpreis|kontingent) (?:\w+ ){0,2}(?:endet|läuft .{0,15}aus|ist bald weg|gilt nur)",
    r"einmalige (?:gelegenheit|chance)|letzte (?:chance|gelegenheit)|(?:sonst|dann) ist es (?:zu spät|weg)|ist das kontingent weg|sonst ist (?:\w+ ){0,2}weg",
    r"die nachfrage ist (?:\w+ )?(?:riesig|groß|enorm|hoch)|solange der vorrat reicht|wer zuerst kommt",
    r"(?:andere|viele|ihre) \w+ .{0,40}(?:haben|sind) (?:schon|bereits) (?:unterschrieben|gewechselt|umgestiegen|dabei|zugeschlagen)",
    r"(?:kann|könnte) (?:ich )?(?:ihnen|dir|euch)? ?(?:das|den preis|den termin) (?:\w+ )?(?:nur |maximal |höchstens )?(?:bis|noch bis) \w+ (?:reservieren|halten|freihalten)|(?:den|diesen) preis nicht (?:\w+ )?halten",
    r"danach geht das nicht mehr|sie verpassen sonst|sonst verpassen sie|(?:nur |maximal |höchstens |noch )?bis \w+ (?:\w+ )?(?:reservieren|halten|freihalten|blocken|zurückhalten|vorhalten)",
)

CONCESSION = (
    r"(?:sind|ist|gibt es|bekommen sie) (?:\w+ )?(?:für sie|für dich|für euch) (?:\w+ )?(?:gratis|kostenlos|umsonst|geschenkt)|mit dem preis (?:\w+ ){0,2}(?:runter|entgegen)",
    r"(?:gebe|packe|lege|schenke|gebe) (?:ich|wir) (?:ihnen |dir |euch )?(?:\w+ ){0,4}(?:drauf|dazu|gratis|kostenlos|umsonst)|lege ich (?:\w+ ){0,4}(?:drauf|dazu)",
    r"(?:zum|für den|zu einem) (?:halben|reduzierten|vergünstigten|gleichen|selben) preis|halben preis",
    r"(?:nehme|nehmen|streiche|streichen|lasse|lassen) (?:ich|wir) (?:\w+ ){0,3}\w*(?:gebühr|pauschale|kosten|einrichtung|anfahrt)\w* (?:\w+ )?(?:raus|weg)",
    r"(?:gebe|geben|gewähre|gewähren|lasse|lassen) (?:ich|wir) (?:ihnen|dir|euch) (?:\w+ ){0,2}(?:\d+|zehn|fünf|fünfzehn|zwanzig|drei) ?(?:%|prozent)",
    r"(?:übernehmen|machen|erledigen|installieren|liefern|gibt es) (?:wir|ich)? ?(?:\w+ ){0,4}(?:kostenlos|gratis|umsonst|ohne aufpreis|ohne zusatzkosten)",
    r"\w*rabatt\w*|nachlass|skonto|preisnachlass|sonderpreis|sonderkondition\w*|vorzugspreis",
    r"(?:komme|kommen) (?:ich|wir) (?:ihnen|dir|euch) (?:\w+ ){0,3}entgegen|(?:ihnen|dir|euch) (?:\w+ ){0,3}entgegenkommen|entgegenkommen",
    r"(?:erlassen|schenken|streichen) (?:wir|ich) (?:ihnen|dir|euch)?|erlasse (?:ich|wir)?|(?:verzichten|verzichte) (?:wir|ich) (?:\w+ ){0,2}auf",
    r"(?:gehe|gehen|komme|kommen) (?:ich|wir) (?:\w+ ){0,4}(?:runter|herunter|runtergehen)|(?:preis|rate|gebühr) (?:\w+ ){0,3}(?:senken|reduzieren|nachlassen|anpassen)",
    r"(?:bekommen|kriegen|erhalten|bekommst|kriegst) (?:sie|du) (?:\w+ ){0,4}(?:kostenlos|gratis|geschenkt|umsonst)|(?:kostenlos|gratis|umsonst|geschenkt) (?:dazu|obendrauf|oben drauf)|obendrauf|aufs haus",
    r"(?:beim|am) preis (?:\w+ ){0,4}(?:machen|drehen|entgegen|spielraum|tun)|lässt sich (?:beim preis )?(?:sicher |bestimmt )?(?:noch )?(?:etwas|was) machen",
    r"auf unsere kosten|übernehmen wir (?:\w+ )?(?:die kosten|für sie)|in der mitte treffen|zum preis (?:des|der|ihres|eures) \w+",
    r"(?:verkürzen|reduzieren) (?:\w+ ){0,3}(?:laufzeit|vertragsdauer)|laufzeit (?:\w+ ){0,4}verkürzen",
    r"(?:zahlung|ratenzahlung|zahlen) (?:\w+ ){0,2}(?:raten|teilbeträgen)|ratenzahlung|in (?:\w+ )?raten",
    r"(?:ich|wir) (?:kann|können|könnte|könnten) (?:ihnen|dir|euch) (?:\w+ ){0,3}(?:prozent|euro|monat|monate) (?:\w+ ){0,2}(?:geben|schenken|erlassen|nachlassen|gutschreiben)",
)

NEXT_STEP = (
    rf"(?:wir )?(?:telefonieren|sprechen|hören|sehen|treffen) (?:uns )?(?:\w+ ){{0,2}}{_WHEN}",
    rf"(?:mein|meine|unser|unsere|der|die) (?:\w+ )?(?:kollege|kollegin|techniker|technikerin|berater|beraterin|support|vertrieb|chef|chefin) (?:\w+ ){{0,3}}(?:meldet|ruft|kommt|schaut|schickt|kontaktiert) (?:sich )?(?:\w+ ){{0,2}}(?:{_WHEN}|bei ihnen|bei dir)",
    rf"(?:ich|wir) (?:{_YOU_DAT} )?(?:\w+ ){{0,4}}(?:bestätigung|unterlagen|zusammenfassung|infos|informationen|angebot|präsentation|link|einladung|zugangsdaten|details|protokoll|referenzen|übersicht) (?:\w+ )?(?:schicke|sende|maile|zukommen lasse|schicken|senden)",
    r"ich notiere mir|ich mache mir (?:\w+ )?notiz|ich schreibe mir (?:das )?auf",
    rf"(?:ich|wir) (?:schicke|sende|maile|schicken|senden|lasse|lassen) (?:{_YOU_DAT} )?(?:\w+ ){{0,4}}(?:bestätigung|auftragsbestätigung|unterlagen|zusammenfassung|info|infos|informationen|angebot|präsentation|link|einladung|zugangsdaten|details|protokoll|mail|e-mail|prospekt|broschüre|muster|kalendereinladung|übersicht|referenzen)",
    rf"(?:ich|wir) (?:rufe|rufen|melde|melden) (?:mich |uns )?(?:{_YOU} |{_YOU_DAT} |bei {_YOU_DAT} )?(?:\w+ ){{0,4}}(?:an|zurück|durch)\b|(?:ich|wir) (?:melde|melden) (?:mich|uns)(?! (?:wegen|bezüglich|weil))",
    r"(?:ich|wir) (?:kläre|klären|kümmere|kümmern|organisiere|organisieren|prüfe|prüfen|stimme|stimmen|bereite|bereiten|lege|legen|komme|kommen) (?:\w+ ){0,6}(?:ab|vor|zusammen|vorbei|darum|nach|mit \w+|intern)\b",
    r"gebe (?:ihnen|dir|euch) (?:\w+ ){0,3}bescheid|auf dem laufenden|frage (?:\w+ ){0,3}nach|halte (?:sie|dich|euch) (?:\w+ ){0,3}informiert",
    rf"(?:unser|der|die|ein|unsere) (?:\w+ )?(?:techniker|monteur|kollege|kollegin|support|kundendienst|berater|beraterin|installateur|außendienst|team) (?:\w+ ){{0,2}}(?:kommt|kommen|wird|meldet|ruft|richtet|installiert|baut|liefert|schaut) (?:\w+ ){{0,3}}{_WHEN}",
    rf"{_WHEN} (?:\w+ ){{0,2}}(?:kommt|kommen|wird|meldet|ruft|richtet|installiert|baut|liefert|schaut) (?:\w+ )?(?:unser|der|die|ein|unsere) (?:\w+ )?(?:techniker|monteur|kollege|kollegin|support|kundendienst|berater|beraterin|installateur)",
    r"termin (?:\w+ ){0,2}(?:vereinbaren|ausmachen|abstimmen|festlegen|finden|machen)|folgetermin|folgegespräch|nachfolgetermin|vorführung|demo\w*|rückruf|kennenlerntermin|vor-ort-termin",
    r"als nächstes|nächsten? schritte?|(?:machen|vereinbaren|planen) wir (?:\w+ ){0,3}(?:check|termin|treffen|gespräch|kontrolle|abstimmung|review)",
    r"erreichen (?:sie|du) mich|(?:melden|wenden) sie sich (?:\w+ )?(?:gerne|jederzeit|einfach)|rufen sie (?:mich )?(?:\w+ )?(?:gerne|jederzeit|einfach) an|bei fragen (?:\w+ ){0,3}(?:melden|anrufen|erreichen)",
    rf"wir richten .{{0,50}}ein|(?:sie|du) (?:bekommen|bekommst|erhalten|erhältst) (?:{_WHEN} )?(?:\w+ ){{0,3}}(?:zugangsdaten|bestätigung|lieferung|post|mail|e-mail|rechnung|unterlagen|einladung|login)",
    r"(?:nach|in) (?:\w+ )?(?:tagen|wochen|monaten) (?:\w+ ){0,3}(?:melde|rufe|schaue|frage|prüfen|machen|check)|um zu (?:hören|sehen|fragen|schauen),? (?:wie|ob)",
)

EMPATHY = (
    r"(?:gute|richtige|kluge|sehr gute) entscheidung|(?:werden|wirst) (?:es|das) (?:\w+ )?nicht bereuen",
    r"keine schöne situation|(?:schwierige|unangenehme|blöde|doofe|ärgerliche|belastende) situation|ich merke,? (?:dass )?(?:ihnen|sie|dich|dir|das)|unter den nägeln|das ist (?:\w+ ){0,2}(?:nicht schön|schade|doof|blöd|mist)",
    r"(?:hätte|würde) mich (?:\w+ ){0,4}(?:geärgert|ärgern|aufregen|aufgeregt|genervt|nerven|gestört|stören)|an ihrer stelle (?:wäre|hätte|würde) ich",
    r"klingt (?:\w+ ){0,3}(?:hart|schwierig|mühsam|bitter|übel|schlimm|harten|schwierigen|anstrengenden|stressigen|nervigen)|klingt nach (?:\w+ ){0,2}(?:stress|ärger|frust|aufwand|arbeit|sorgen)",
    r"(?:ich )?(?:kann|könnte) (?:ich )?(?:das |es |ihre \w+ |deine \w+ |sie |dich |euch )?(?:\w+ )?(?:nachvollziehen|verstehen)|(?:kann|könnte) ich (?:\w+ ){0,2}(?:nachvollziehen|verstehen)",
    r"ich verstehe(?:,| (?:sie|dich|euch|das|ihre|deine|gut|sehr gut|vollkommen|total|absolut|dass))|(?:das|es) verstehe ich",
    r"\w*verständlich|nachvollziehbar|kein wunder|tut mir (?:\w+ )?leid|(?:sehr )?bedauerlich",
    r"klingt (?:\w+ ){0,2}(?:frustrierend|ärgerlich|anstrengend|belastend|stressig|nervig|unangenehm|nach (?:\w+ )?(?:stress|ärger|frust|aufwand))",
    r"(?:ihre|deine|eure|die) (?:bedenken|sorgen?|skepsis|frage|einwand|zweifel|kritik|vorsicht) (?:ist|sind) (?:\w+ )?(?:berechtigt|verständlich|nachvollziehbar|völlig normal)",
    r"berechtigte (?:frage|sorge|bedenken|einwand|punkt|anmerkung|kritik)|(?:ein )?(?:wichtiger|guter) punkt",
    r"ich kann mir (?:\w+ )?vorstellen|muss (?:\w+ ){0,4}(?:gewesen sein|sein für sie)|geht (?:vielen|den meisten|einigen|fast allen) .{0,30}(?:so|genauso|ähnlich)",
    r"(?:da|damit) haben (?:sie|du) (?:\w+ )?recht|(?:sie haben|du hast|haben sie) (?:\w+ )?recht",
    r"gut,? dass (?:sie|du) das (?:ansprechen|ansprichst|sagen|sagst|erwähnen)|danke,? dass (?:sie|du) das (?:ansprechen|sagen|offen)",
    r"das ist (?:\w+ )?(?:stressig|ärgerlich|frustrierend|bitter|unangenehm|belastend|nervig)|albtraum|oh je|oh nein|ach je|das glaube ich (?:ihnen )?gern",
)

BENEFIT_STRONG = (
    rf"(?:{_YOU}) (?:sparen|sparst|spart|gewinnen|gewinnst|profitieren|profitierst)|(?:sparen|sparst|gewinnen|gewinnst|profitieren|profitierst) (?:{_YOU})\b",
    rf"(?:bedeutet|heißt|heisst) (?:das )?für {_YOU}|für {_YOU} (?:bedeutet|heißt|heisst) das|(?:spart|erspart) {_YOU_DAT}",
    rf"(?:senken|reduzieren|verringern|steigern|erhöhen|vermeiden|verbessern|beschleunigen|verkürzen|halbieren|senkst|reduzierst|steigerst|vermeidest) (?:{_YOU})\b",
    rf"(?:{_YOU}) (?:senken|reduzieren|verringern|steigern|vermeiden|verkürzen|halbieren) (?:\w+ ){{0,4}}(?:kosten|verbrauch|aufwand|ausfälle|ausfallzeiten|fehler|risiko|zeit|umsatz|gewinn|marge)",
    rf"(?:zahlen|bezahlen|zahlst|bezahlst|investieren) (?:{_YOU} )?(?:\w+ ){{0,5}}weniger",
)

PRICE = (
    r"(?:vertrag|laufzeit) (?:\w+ ){0,2}(?:läuft|beträgt|geht|gilt) (?:\w+ ){0,3}(?:monate|jahre|jahr)|mindestens (?:\w+ )?(?:monate|jahre)|(?:einmalig|monatlich|jährlich) (?:\w+ ){0,3}(?:euro|\d)|zu buche",
    r"kost(?:et|en|est|e)|\d[\d.,]* ?(?:€|euro|eur|chf|franken|dollar|cent|ct)|€ ?\d|\w*preis\w*|\w*gebühr\w*|\w*pauschale",
    r"laufzeit\w*|\w*vertragslaufzeit|kündigungsfrist\w*|mehrwertsteuer|mwst|ust|netto|brutto|zzgl|zuzüglich|zahlungsziel|zahlungsbedingungen",
    r"abgerechnet|abrechnung|\w*rechnung (?:kommt|erfolgt|wird)|per rechnung|\d[\d.,]* ?(?:€|euro)? (?:pro|im|je|/) ?(?:monat|jahr|nutzer|arbeitsplatz|lizenz|stunde|tag|quartal|gerät)|stundensatz|investition\w*|konditionen|schnäppchen|günstig\w*|teuer\w*|budget",
    r"(?:sie|du) (?:zahlen|zahlst|investieren|investierst)|monatlich \d|jährlich \d|\d+ monate?n?\b",
)

BENEFIT = (
    r"(?:sie|du) (?:haben|hast|bekommen|bekommst|gewinnen|gewinnst) (?:\w+ ){0,4}(?:gewissheit|sicherheit|ruhe|überblick|kontrolle|zeit|freiheit|vorteil|planungssicherheit)",
    r"(?:so|dadurch|somit|damit|künftig|zukünftig|dann) \w+ (?:sie|du)\b",
    rf"{_YOUR} (?:\w+ )?(?:mitarbeiter|team|kunden|betrieb|firma|kanzlei|praxis|unternehmen|daten|geschäft|leute|kollegen) (?:\w+ ){{0,2}}(?:können|kann|müssen|muss|sind|ist|bleiben|bleibt|haben|hat|sparen|spart|werden|wird|gewinnen) (?:\w+ ){{0,3}}(?:dadurch|damit|so|dann|sofort|endlich|wieder|immer|nie|nicht mehr|keine|geschützt|sicher|entlastet)",
    rf"(?:schützt|bewahrt|entlastet|unterstützt|hilft|erleichtert|beschleunigt|vereinfacht) (?:{_YOU}|{_YOU_DAT}|dich|dir|{_YOUR})",
    rf"damit (?:{_YOU}|{_YOUR}|{_YOU_DAT}|ihr)\b|so ?dass (?:{_YOU}|{_YOUR}|{_YOU_DAT})\b|ohne dass (?:{_YOU}|{_YOUR})\b",
    rf"(?:so|damit|dadurch|dann|somit|also|künftig|zukünftig|ab sofort|endlich) (?:können|haben|sind|müssen|brauchen|bekommen|behalten|wissen|gewinnen|kannst|hast|bist|musst|brauchst|weißt) (?:{_YOU}|{_YOUR} \w+)",
    rf"(?:{_YOU}) (?:müssen|musst|brauchen|brauchst) (?:sich |dich |euch )?(?:\w+ ){{0,2}}(?:keine|nicht mehr|nie mehr|nie wieder|um nichts|keinen)",
    rf"(?:gibt|bringt|verschafft|garantiert|sichert|ermöglicht|erleichtert) {_YOU_DAT}|entlastet (?:{_YOU}|dich|{_YOUR})|{_YOUR} (?:vorteil|nutzen|gewinn|plus|mehrwert)",
    r"nie wieder|nie mehr|keine sorgen|ruhig schlafen|auf der sicheren seite|sorgenfrei|(?:mehr|wertvolle) zeit für|entspannt zurücklehnen|sie können sich (?:\w+ ){0,2}verlassen|wieder arbeitsfähig",
)

_OFFER = (
    r"system|software|lösung|paket|tarif|service|dienst|app|gerät|sicherung|backup|support|plattform|tool|server|rechenzentr|"
    r"fenster|anlage|produkt|version|modul|funktion|dashboard|verschlüssel|wiederherstell|speicher|cloud|lizenz|techniker|"
    r"ansprechpartner|wartung|update|schnittstelle|integration|garantie|zertifi|verglasung|alarm|sensor|bericht|protokoll|"
    r"monitoring|überwach|versionierung|schutz|firewall|virenschutz|hotline|schulung|vertrag|inklusive|integriert|automatisch"
)
FEATURE = (
    r"(?:unser|unsere|unserem|unseren|unserer|unseres) \w+",
    r"wir (?:bieten|liefern|sichern|speichern|übernehmen|haben|installieren|garantieren|verschlüsseln|arbeiten|nutzen|setzen|überwachen|betreiben|sind|stellen|kümmern|testen|prüfen|machen)\b",
    r"(?:es gibt|außerdem|zusätzlich|standardmäßig|rund um die uhr|24/7|\d+ ?(?:gb|tb|gigabyte|terabyte))",
    rf"\w*(?:{_OFFER})\w*",
)

IRRITATORS = (
    r"fairer? preis\w*|faire[ns]? (?:angebot|konditionen|deal)|mehr als fair",
    r"(?:echt|richtig|super|sehr|extrem|wirklich|total|unglaublich|äußerst|besonders) (?:günstig|billig|preiswert)\w*( angebot)?",
    r"ein echt günstiges angebot|großzügig\w*( angebot)?|unschlagbar\w*|schnäppchen|(?:zu einem |zum )?spottpreis|sensationell\w*|konkurrenzlos\w*",
    r"top-? ?konditionen|spitzen-? ?angebot\w*|bombenangebot|traumpreis|kampfpreis|(?:der|das) beste (?:preis|angebot)|geschenkt",
    r"billig\w*|preiswert\w*|supergünstig\w*|spottbillig",
)

OPEN_W = (
    "was", "wie", "warum", "weshalb", "wieso", "weswegen", "welche", "welcher", "welches", "welchen", "welchem",
    "wozu", "wo", "woher", "wohin", "worauf", "woran", "worüber", "womit", "wofür", "wodurch", "worin", "wovon",
    "wer", "wen", "wem", "wessen", "inwiefern", "inwieweit", "weswegen",
)
FACT_W = (
    r"wann|seit wann|bis wann|ab wann|wie (?:viele?|lange|oft|häufig|hoch|groß|alt|weit|schnell|teuer|spät|früh)|um wie viel uhr|wieviele?",
)
OPEN_PROMPTS = (
    r"erzählen sie|erzähl(?:en)? (?:mal|doch|mir|uns)|beschreiben sie|schildern sie|erklären sie (?:mir|uns)|sagen sie (?:mal|doch)|"
    r"ich würde (?:\w+ )?(?:gerne|gern) (?:\w+ )?(?:wissen|erfahren|verstehen|hören)|mich würde (?:\w+ )?interessieren|lassen sie uns (?:\w+ )?über",
)
EMBED_LEAD = r"(?:fragen|sagen|erzählen|beschreiben|erklären|verraten|schildern|wissen|zeigen|erläutern)(?: \w+){0,3},? "
CONJUNCTIONS = ("und", "aber", "oder", "ok", "okay", "gut", "ja", "na", "nun", "genau", "hm", "also,")
LEAD_WORDS = ("und", "also", "aber", "ok", "okay", "gut", "nun", "dann", "ja", "oder", "sagen sie", "sag mal", "noch", "jetzt", "so", "na", "und dann", "genau", "sehr schön", "prima", "super", "verstehe")
VERB_FIRST = (
    "haben", "hast", "habt", "hatten", "hattest", "hätten", "hättest", "sind", "bist", "seid", "ist", "war", "waren", "wäre", "wären",
    "gibt", "gab", "nutzen", "nutzt", "benutzen", "verwenden", "arbeiten", "arbeitest", "können", "kannst", "könnten", "könntest",
    "würden", "würde", "würdest", "sollen", "soll", "sollte", "sollten", "dürfen", "darf", "müssen", "musst", "muss", "möchten",
    "möchtest", "wollen", "willst", "will", "machen", "machst", "sichern", "sicherst", "planen", "planst", "kennen", "kennst", "wissen",
    "weißt", "läuft", "laufen", "speichern", "brauchen", "brauchst", "suchen", "suchst", "denken", "denkst", "finden", "findest",
    "glauben", "glaubst", "geht", "gehen", "hat", "wird", "werden", "wirst", "setzen", "setzt", "bekommen", "bekommst", "kommt",
    "kommen", "steht", "stehen", "spielt", "spielen", "legen", "legst", "entscheiden", "entscheidest", "erinnern", "testen", "prüfen",
    "nehmen", "nimmst", "lohnt", "passt", "passen", "stimmt", "funktioniert", "klappt", "reicht", "reichen", "zahlen", "zahlst",
)
SUBJECTS = ("sie", "du", "ihr", "es", "man", "er", "das", "der", "die", "dein", "deine", "ihre", "ihnen", "dir", "dies", "diese", "jemand", "wir", "ich")
PRONOUNS = (
    "sie", "du", "ihr", "ich", "wir", "er", "es", "man", "unser", "unsere", "unseren", "unserem", "ihre", "ihren", "ihrem",
    "dein", "deine", "mein", "meine", "der", "die", "das", "den", "dem", "ein", "eine",
)
BARE_THANKS = r"(?:vielen |herzlichen |besten |tausend )?dank(?:e)?(?: schön| sehr| ihnen| dir| euch)?"
STOPWORDS = frozenset(
    "der die das den dem des ein eine einer einem einen eines und oder aber mit von zu zum zur im in am an auf für über unter "
    "bei aus nach vor ist sind war sein hat haben wird werden nicht kein keine sie du ich wir ihr es er man sich ihre ihren ihrem "
    "ihr so auch noch nur schon wie was dass als wenn dann da denn doch mal ja nein sehr".split()
)
