"""English lexicon: regex fragments per rule stage.

Fragments are lower-case and wrapped in word boundaries at compile time. Contractions are
written once ("you'll", "don't") and compiled to also match the spelled-out and apostrophe-less
forms ("you will", "youll", "do not", "dont"). A space matches any run of whitespace.
"""

from __future__ import annotations

PARAPHRASE = (
    r"what i'm (?:picking up|hearing|getting|taking away)|i'm picking up|what i(?:'ve)? (?:heard|understood|gathered) (?:is|so far)|i gather|if i'm following you",
    r"^(?:\W*)so,? (?!(?:do|does|did|is|are|was|were|can|could|would|will|have|has|shall|should|what|how|why|when|which|where|who|let|let's)\b).*\?",
    r"^(?:\W*)so,? (?:you|your|it's|it is|for you|the main|basically|essentially|in short|what) .*\?",
    r"so (?:\w+ )?you(?:'re| are)? (?:\w+ )?(?:looking for|want|need|mean|would like|care|'d like|prefer|feel)",
    r"if i (?:understand|understood|heard|hear|read) (?:you|that|this|you guys) (?:correctly|right|properly)",
    r"if i've (?:got|understood|heard) (?:you|that|this|it) (?:correctly|right)|if i've got that right",
    r"(?:did|do|have) i (?:understand|understood|get|got|hear|heard) (?:you|that|this|it) (?:correctly|right)",
    r"so what you're (?:saying|telling me|looking for|asking)|so you're saying|what you're saying is|you're saying that",
    r"let me (?:just )?make sure (?:i(?:'ve)? (?:understand|understood|got|get)|i'm understanding)|make sure i've got this right",
    r"in other words|to (?:sum|summari[sz]e|recap)|summari[sz]ing|let me (?:quickly |briefly |just )?(?:summari[sz]e|recap|sum up)|so,? to recap|just to recap",
    r"what i'm hearing|what i (?:heard|hear) (?:is|you say)|if i hear you right|correct me if i'm wrong",
    r"so what (?:matters|counts) (?:most )?to you|so (?:your|the) (?:main|biggest|key|real|primary) (?:concern|issue|problem|priority|goal|worry|question) is",
    r"so (?:basically |essentially |really )?you(?:'re| are)? (?:looking for|want|need|mean|would like|care|'d like|currently|already|have been|were|feel)",
    r"so for you (?:it's|it is) (?:mainly |mostly |really |all )?about",
    r"it (?:sounds|seems) like (?:you|your) (?:need|want|re looking|are looking|would like|care|have|'ve|main|priority|biggest)|it sounds like (?:\w+ ){0,3}matters",
    r"you (?:mentioned|said|told me) (?:earlier |before )?(?:that|how)",
)

FAREWELL = (
    r"wish you (?:a|an) (?:\w+ )?(?:day|weekend|evening|week|holiday|time|trip)|wish you (?:all the best|good luck|every success)",
    r"good ?bye|bye(?: bye| for now)?|take care(?! of)|farewell",
    r"have a (?:nice|great|good|lovely|wonderful|pleasant|productive|fantastic) (?:day|weekend|evening|one|week|afternoon|time|holiday)",
    r"enjoy (?:the rest of )?your (?:day|weekend|evening|afternoon|holiday|week)",
    r"talk (?:to you )?(?:soon|later|tomorrow|next week)|speak (?:to you )?(?:soon|later)|see you (?:soon|later|next|then|tomorrow|on)|catch you later|until next time",
    r"all the best|cheers\W*$|cheers,",
    r"(?:it was|it's been|was|it has been) (?:a )?(?:pleasure|great|nice|lovely|good|a real pleasure) (?:talking|speaking|chatting|meeting)|(?:great|nice|lovely|good) (?:talking|chatting|speaking) (?:to|with) you",
)

GREETING = (
    r"how(?:'s| is| are) (?:the|your) (?:family|kids|wife|husband|team|business|vacation|holiday)",
    r"how (?:have|'ve) you been|how are you doing|hope (?:you had|you're|you are|you've|you were|all is|this finds|your (?:week|day|weekend|trip|morning) (?:is|was|has|went))|long time no see",
    r"^(?:\W*)(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|greetings|howdy|(?:a (?:warm )?)?welcome)",
    r"good (?:morning|afternoon|evening)|my name is|this is \w+ (?:\w+ )?(?:from|with|at|calling)|i'm \w+ (?:\w+ )?(?:from|with)|it's \w+ (?:\w+ )?from",
    r"(?<!was\s)(?<!been\s)(?:nice|great|good|lovely|a pleasure|pleased|glad) to (?:finally )?(?:meet|see|hear from|speak with|talk to|have you)",
    r"how are you|how are things|how('s| is) (?:it going|everything|life|your (?:day|week|morning|weekend|business|team|family))|how('s| has| have) (?:business|things) been",
    r"how was (?:your|the) (?:weekend|holiday|vacation|trip|flight|conference|trade show|show|week|day|drive|journey|summer)",
    r"did you (?:have|enjoy) (?:a |the |your )?(?:good |nice |great |pleasant |relaxing |safe )?(?:weekend|trip|holiday|vacation|flight|drive|journey|time|summer)",
    r"(?:is now|is this) a good time|do you have a (?:minute|moment|few minutes|second|sec)|did i catch you at a (?:good|bad)",
    r"weather",
    r"thanks? (?:you )?for (?:taking the time to (?:see|meet) (?:me|us)|having me|seeing me|taking my call|inviting me|meeting with me|making the time)",
    r"did you find (?:the|our|us|your way)|found (?:us|the place) (?:all right|ok|okay)",
    r"i'm calling (?:because|about|regarding|to follow up on|in regards to)|i'm reaching out|congratulations|congrats|we (?:spoke|met) (?:at|last)|i saw (?:that )?(?:you|your)",
)

FAREWELL_THANKS = (
    r"(?:many )?thanks?(?: you)?(?: (?:so|very) much| again| a lot)?,? (?:for|and)",
)
FAREWELL_THANKS_OBJECT = (
    r"(?:your|the) (?:\w+ )?(?:time|call|chat|conversation|meeting|talk|order|business|trust|interest|patience|visit)|taking the time|speaking with me|talking to me",
)

CLOSE = (
    r"(?:take|place|process|put through|write up) (?:\w+ ){0,2}order",
    r"welcome you (?:\w+ ){0,2}(?:as a|on board|aboard)|welcome (?:you )?(?:on board|aboard)",
    r"(?:do|would) you (?:want|like|prefer|take) (?:the|a|an|it|them|us) .{0,50}\bor\b",
    r"(?:can|could|shall|should) we (?:\w+ )?(?:sign|finali[sz]e|close) (?:\w+ ){0,2}(?:contract|agreement|deal|order|today|now)",
    r"shall we (?:go ahead|get started|move forward|make it official|do it|do this|proceed|sign|start|get going|finali[sz]e|wrap (?:this|it) up|go for it|make this happen|lock (?:it|this) in)",
    r"(?:shall|should|can|could) (?:we|i) (?:go ahead and )?get (?:you|your (?:team|practice|office|company|business)|things|this|it|everything) (?:\w+ )?(?:started|going|set up|booked|signed up|live|rolling|on board)",
    r"(?:can|could|may|shall) (?:i|we) (?:send|email|draw up|prepare|get|write up) (?:you )?(?:the|a|your) (?:contract|agreement|order form|paperwork|purchase order)",
    r"i'll (?:send|email|draw up|prepare|get|write up) (?:you )?(?:the|a|your) (?:\w+ )?(?:contract|agreement|order form|paperwork|purchase order)",
    r"(?:put|sign|book|pencil|write) you (?:down|up|in)|(?:can|shall|should) i (?:put|sign|count|book) (?:you|on you)",
    r"(?:are you|you're|we're|are we) ready to (?:get started|go|sign|move forward|start|go ahead|order|proceed|place|buy|do this)",
    r"do we have a deal|deal\s*\?|can we (?:move forward|go ahead|proceed|get started|make it official)",
    r"let's (?:go ahead|do (?:it|this)|get (?:you |the paperwork |this |things |everything )?(?:started|going|signed|rolling)|make it official|move forward|wrap (?:this|it) up|finali[sz]e|lock (?:it|this) in)",
    r"when (?:would|do|shall|should|can|will) (?:you like )?(?:we|us|you|i)? ?(?:\w+ )?(?:to )?(?:start|begin|deliver|install|go live|kick off|roll out|get started)",
    r"(?:should|shall) i (?:go ahead and )?(?:order|book|reserve|set up|activate|register|create|process|put in|place|schedule the installation)",
    r"who should (?:i|we) (?:make|address|put|issue) (?:the|this|your)? ?(?:contract|invoice|order)|(?:which|what) (?:billing |delivery )?(?:address|name) should (?:we|i)|where should we (?:deliver|ship|send the (?:devices|hardware|order))|(?:make|made) (?:the|this) contract out",
    r"(?:would|do) you (?:prefer|rather|like to|want to|wanna) .{0,60}\bor\b|(?:prefer|rather) .{0,40}\bor\b",
    r"(?:monthly|annually|yearly|quarterly) or (?:monthly|annually|yearly|quarterly)|(?:plan|package|option|version|tier|model|edition) \w+ or",
    r"would you like to (?:place|go ahead|sign|order|get started|start|proceed|book|move forward|buy|take|go with|sign up)",
    r"all i need (?:now |from you )?is your (?:signature|ok|okay|approval|go-ahead|sign-off)|sign (?:here|at the bottom|on the dotted)|your signature|can i get your (?:signature|ok|okay|approval|go-ahead)",
    r"shall we (?:say|book|schedule the installation)|(?:do you want|would you like) (?:to go with|me to (?:book|order|reserve|set up your account|send the contract))",
)

TRIAL_CLOSE = (
    r"are you (?:\w+ )?interested in (?:a|this|that|such|something|our)|how would (?:that|this) be for you|interested in principle|in principle\s*\?",
    r"(?:can|could) you (?:imagine|picture|envision)\b",
    r"^(?:\W*)(?:and |so )?would (?:that|this|it|something like (?:that|this)|(?:a|this|our|the|such a) (?:\w+ ){0,2}(?:solution|package|plan|service|offer|approach|system|tool)(?: \w+){0,5}) (?:\w+ ){0,3}(?:be worth|take (?:a|the|some) (?:\w+ )?(?:weight|load|pressure|stress)|make (?:life|things|your)|free up|ease|relieve|give you|be (?:interesting|of interest|useful|helpful|valuable|a (?:\w+ )?(?:help|relief|step|improvement|fit|option)))",
    r"^(?:\W*)would (?:that|this|it|something like (?:that|this)|(?:a|this|our|the) (?:\w+ )?(?:solution|package|plan|service|offer|approach)) (?:\w+ ){0,5}(?:solve|fix|help|work|address|meet|cover|easier|simpler|better|make a difference|save)",
    r"how (?:does|do|would) (?:that|this|it|all that|this all) (?:sound|look|feel)|how (?:do|would) you feel about (?:that|this|it|the|what|our)|how do you like (?:that|this|it|the)",
    r"what do you think (?:about|of) (?:that|this|it|the (?:idea|solution|proposal|offer|approach|plan|package))|what do you think\W*$|what are your (?:first )?(?:thoughts|impressions)(?: on (?:that|this|it))?\W*$|what's your (?:take|impression|feeling) (?:on|of) (?:that|this|it|the)",
    r"would (?:that|this|it|something like (?:that|this)|this solution|our solution) (?:\w+ )?(?:solve|fix|help|work|address|meet|cover|be (?:interesting|of interest|an option|helpful|useful|something|a good fit|the right|a fit|worth))",
    r"(?:can|could) you (?:see|imagine|picture) (?:yourself|your team|your (?:staff|people|company|business|office)|using|working|this|it)|(?:can|could) (?:you )?see yourself",
    r"does (?:that|this|it) (?:\w+ )?(?:fit|match|make sense|sound|address|meet|cover|solve|help|work for|answer|look like)",
    r"is (?:this|that|it) (?:the kind of|something|what you(?:'re| are)|roughly what|in line with|along the lines|close to what)",
    r"(?:are we|am i) (?:on the right track|heading in the right direction|on the same page)",
    r"if we (?:could|can|were able to|manage to|sort|solve|get|fix|were to|handle|took care).{0,90}(?:would you|is there anything|could we|will you|are you|would that|do you)",
    r"on a scale (?:of|from)|how close is (?:this|that)",
    r"do you like (?:what|the|this|that)|are you happy with (?:that|this|what|the solution|the proposal)|have i (?:got|piqued|caught|sparked) your interest|sounds? good so far|is that something you(?:'d| would) (?:consider|be interested)",
    r"would you be (?:interested|open) (?:in (?:this|that|something like|such|the solution|our)|to (?:this|that))|is this something (?:you|your)",
)

ARGUE = (
    r"technically impossible|claims? (?:is|are) (?:\w+ )?(?:wrong|false|impossible|nonsense)",
    r"(?:flat out|just|simply|plain|totally|completely|absolutely|dead) wrong|that(?:'s| is) (?:\w+ ){0,2}(?:wrong|false|untrue|incorrect)",
    r"that(?:'s| is) (?:\w+ )?not (?:true|correct|right|accurate|the case|how it works|a real argument|an argument|what happens)|that isn't (?:true|correct|right|accurate|the case)",
    r"you(?:'re| are) (?:\w+ )?(?:wrong|mistaken|incorrect|missing the point|misinformed|confusing)|you're comparing|apples (?:and|to|with) oranges",
    r"(?:simply|plainly|completely|totally|just|flat out) (?:wrong|incorrect|false|untrue)|\b(?:incorrect|nonsense|rubbish|ridiculous|absurd|baloney|bs)\b|(?:a |common |popular )(?:myth|misconception)",
    r"with all due respect|i (?:have to |must |strongly |completely )?disagree|that's where you're wrong|you(?:'ve| have)? (?:got it|have it|got that) (?:backwards|wrong|all wrong)|you(?:'ve| have) misunderstood|you misunderstood",
    r"you (?:clearly |simply |just |obviously )?(?:don't|do not|didn't) (?:understand|get it|get the|see the|know what)",
    r"as i (?:already |just )?(?:said|told you|mentioned|explained)|like i (?:already )?said",
    r"^(?:\W*)actually,|^(?:\W*)in fact,|the fact is|the (?:numbers|data|facts|figures|studies|statistics) (?:clearly )?(?:show|prove|say|tell)|proves? (?:you|otherwise|the opposite)",
    r"^(?:\W*)come on|^(?:\W*)no,? no|^(?:\W*)no,? (?:that|that's|you|it's)|on the contrary|that's just not|not a (?:real |valid )?argument|doesn't hold up",
    r"(?:your|the) (?:current |existing )?(?:provider|vendor|supplier|competitor)s? (?:\w+ ){0,3}(?:lying|cutting corners|inferior|worse|telling you nonsense|doesn't know)",
)

PRESSURE = (
    r"(?:in|is in) high demand|(?:you'd|you had) better (?:decide|sign|act|hurry)|better decide (?:quickly|soon|fast|now)",
    r"(?:will )?no longer be (?:valid|available)|no longer (?:valid|available)|only (?:\w+ ){0,4}(?:in stock|available)",
    r"you (?:should|'d better|better|ought to) (?:\w+ ){0,2}(?:today|now|right away|quickly|soon)|otherwise (?:the|this|it|you) (?:\w+ ){0,2}(?:expires|is gone|goes|lose|miss)|\bexpires",
    r"can't (?:keep|hold) (?:\w+ ){0,3}(?:forever|much longer|indefinitely|open)",
    r"only (?:\w+ )?(?:valid|available|good|runs) (?:until|till|through|for|today|this week)|valid (?:only )?until|offer (?:ends|expires)|(?:ends|expires|ending) (?:on |at |this |tomorrow|today|friday|monday|soon|at the end)",
    r"you (?:have|need|must|'ve got|got) to (?:decide|commit|sign|make a decision|act|choose|make up your mind|order)(?: \w+){0,3} (?:today|now|right away|immediately|this week|by \w+)",
    r"only (?:\w+ ){0,2}(?:left|remaining)|(?:\w+ )(?:slots?|spots?|units?|places?|seats?|licen[cs]es?|appointments?) (?:left|remaining)",
    r"prices? (?:go(?:es)? up|are going up|will (?:go up|rise|increase)|increases?|rises?|rising)|price (?:increase|hike|rise)",
    r"if you don't (?:act|decide|sign|commit|order|buy|move)(?: \w+){0,2} (?:now|today|soon|quickly)|act (?:now|fast|quickly)|don't (?:wait|hesitate) (?:too |much )?(?:long|longer)|i wouldn't wait",
    r"before it's too late|too late|miss out|last chance|once-in-a-lifetime|once in a lifetime|limited[- ]time|today only|only today|while (?:stocks|supplies) last|first come,? first served",
    r"i need (?:a decision|an answer|your decision|a yes|your answer|a commitment)(?: \w+){0,3} (?:by|today|tomorrow|now|this)|decide (?:now|today|right now)",
    r"can't hold (?:this|the|that) (?:price|offer|rate|slot|deal)|(?:can )?only (?:reserve|hold) (?:this|it|the \w+) (?:for you )?(?:until|till)|demand is (?:\w+ )?(?:huge|high|enormous|crazy)",
    r"(?:other|others|everyone|everybody|competitors|many)\b.{0,40}\balready (?:signed|switched|bought|ordered|booked|moved)|(?:it'll|it will|they'll|they will|it's going to) be gone|goes to someone else",
)

CONCESSION = (
    r"(?:free|on us|on the house|free of charge) for you|come down (?:\w+ ){0,3}(?:on|to|in)|move (?:\w+ ){0,2}on (?:the )?price",
    r"(?:i'll|we'll|i can|we can|i could|we could) (?:add|include|throw|give you|offer you) (?:\w+ ){0,3}(?:extra|additional|free|bonus|another)",
    r"(?:at|for) (?:a )?(?:half|reduced|discounted|lower) (?:price|rate)|half (?:price|off)|take the (?:\w+ )?(?:fee|charge|cost) (?:out|off)|give you (?:\w+ ){0,2}\d+ ?(?:%|percent|per cent)",
    r"discount\w*|\d+ ?(?:%|percent|per cent) off|knock (?:\w+ ){0,3}off|take (?:\w+ ){0,3}off (?:the|your)|waive\w*|throw (?:\w+ ){0,3}in|thrown in",
    r"on us|on the house|on our dime|at no (?:extra |additional )?(?:cost|charge) (?:to you|for you)|for free|free of charge|(?:first|one|a) (?:month|months) (?:free|on us)",
    r"meet you (?:halfway|in the middle)|split the difference|(?:bring|get|come) (?:it |the price |that )?down to|come down (?:on|to)|lower (?:the|your|our) (?:price|rate|monthly|fee)|(?:reduce|cut|lower) (?:the|your) (?:price|rate|fee|cost)",
    r"match (?:your|their|the) (?:competitor|price|offer|quote)|match (?:\w+ )?competitor's|special (?:rate|price|deal|offer|conditions|pricing)|better (?:price|deal|rate) for you|price break",
    r"(?:drop|skip|remove|cancel|forget) the (?:\w+ )?(?:fee|charge|cost)|shorten the (?:term|contract|commitment)|installments|instalments|payment plan|pay in (?:\w+ )?(?:parts|installments|instalments)",
    r"(?:do|see what i can do) something (?:on|about) the price|do something on price|(?:i'm|we're|i am|we are) willing to (?:lower|reduce|drop|waive|give|throw|go down)|i can give you (?:\w+ ){0,3}(?:off|free|extra|discount|months?|percent)",
)

NEXT_STEP = (
    r"we(?:'ll| will) (?:talk|speak|meet|catch up) (?:\w+ )?(?:again|on|next|tomorrow|soon|later)",
    r"(?:my|our|the) (?:\w+ )?(?:colleague|technician|engineer|consultant|manager|support|team)\b (?:\w+ ){0,3}(?:will|'ll|is going to) (?:reach out|get in touch|be in touch|contact you|call you|email you|follow up|come)",
    r"(?:make|making) a note|(?:to|and) (?:send|email|forward) you (?:\w+ ){0,3}(?:references|documents|details|summary|information|info|link|brochure|quote|proposal)",
    r"(?:i'll|we'll|i will|we will|let me|i'm going to|we're going to) (?:send|email|forward|share|mail|drop) (?:you |over )?(?:\w+ ){0,4}(?:confirmation|summary|information|info|details|proposal|quote|deck|email|invite|invitation|link|documents?|brochure|recap|references|case stud|login|credentials|overview|slides|offer|sample)",
    r"(?:i'll|we'll|i will|we will|i'm going to) (?:give you a call|call you|phone you|ring you|follow up|check in|touch base|get back to you|be in touch|reach out|circle back|check back|drop by|stop by|come by|visit)",
    r"(?:i'll|we'll|i will|we will) (?:check|talk|speak|clarify|confirm|look into|find out|put together|prepare|organi[sz]e|arrange|coordinate|loop in|keep you)",
    r"keep you (?:posted|updated|in the loop|informed)|let you know (?:by|as soon|when|tomorrow|next)",
    r"(?:our|the|a|your) (?:\w+ )?(?:technician|engineer|installer|team|colleague|support team|onboarding team|account manager|specialist) (?:will|is going to|'ll|can) (?:\w+ ){0,2}(?:set|install|come|call|contact|visit|reach|be there|get in touch|walk|configure|deliver|help)",
    r"schedule (?:a|the|an|our) (?:\w+ )?(?:demo|call|meeting|follow-up|installation|session|visit|review|training)|set up (?:a|the|an) (?:\w+ )?(?:call|meeting|demo|follow-up|session)|follow-up (?:call|meeting)|demo\b|book (?:a|the) (?:\w+ )?(?:demo|call|meeting)",
    r"(?:the )?next steps? (?:is|are|would be|will be)|as a next step|next,? (?:we|i)(?:'ll| will)",
    r"(?:you can|feel free to) (?:reach|call|email|contact) me|if (?:anything|any questions|something) (?:comes up|arises)|my (?:direct )?(?:number|line|cell|email) is",
    r"(?:we'll|we will|let's|i'll) (?:set (?:it|everything|the \w+) up|set up|install|configure|deliver|come by|come over|do a (?:quick )?(?:check-in|check|review)|meet (?:again|on|next))|you'll (?:receive|get) (?:\w+ ){0,3}(?:login|confirmation|email|credentials|invoice|delivery|details|access|invite)",
    r"(?:after|in) (?:\w+ )?(?:weeks?|days?|months?) we(?:'ll| will)|check-in|to (?:hear|see|make sure|check) (?:how|that|if|whether) (?:it's|everything|things|it is)",
)

EMPATHY = (
    r"(?:great|good|smart|wise|right|excellent) (?:choice|decision|call)|(?:won't|will not) regret",
    r"not a (?:nice|good|great|fun) situation|(?:tough|difficult|awkward|frustrating|bad|hard) (?:situation|spot|position)|i can tell|i sense (?:that )?|i notice (?:that )?(?:this|you)",
    r"(?:that's|that is|it's|it is|how) (?:\w+ ){0,2}(?:annoying|frustrating|stressful|irritating|painful|upsetting|tough|rough|awful|terrible|unfortunate)",
    r"i(?:'d| would) have been (?:\w+ ){0,2}(?:upset|annoyed|frustrated|angry|worried|furious)|in your (?:position|shoes)|sounds like (?:a|an) (?:\w+ )?(?:rough|tough|hard|difficult|stressful|long|crazy|bad)",
    r"i (?:completely |totally |fully |really |absolutely |can |do |can (?:completely |totally |fully |really |absolutely )?)?(?:understand|understood|get it|get that|hear you|see why|see what you mean|see where you're coming from|relate)",
    r"(?:that|it|this) (?:sounds|must (?:have been|be)|must've been|would be) (?:\w+ ){0,2}(?:frustrating|stressful|annoying|difficult|hard|tough|painful|exhausting|awful|terrible|upsetting|worrying|irritating|(?:a (?:real )?)?(?:shock|nightmare|pain|hassle|headache)|like a (?:nightmare|lot|pain|headache|hassle|real))",
    r"sorry to hear|i'm (?:so |really |very |truly )?sorry (?:about|that|for|you)|no wonder|i can (?:only |well |just )?imagine",
    r"(?:your|that|the|this) (?:concern|worry|question|point|frustration|skepticism|hesitation|caution) is (?:\w+ )?(?:valid|understandable|legitimate|fair|reasonable|justified|completely normal)",
    r"(?:that's|that is|what a|a|such a) (?:very |really |totally )?(?:fair|valid|good|great|legitimate|reasonable|important) (?:question|point|concern)",
    r"(?:many|a lot|most|lots|plenty) of (?:our )?(?:customers|clients|people|firms|companies) (?:\w+ ){0,3}(?:felt|feel|had|said|were|thought) (?:\w+ )?(?:the same|similar|that way|like that)",
    r"you(?:'re| are) (?:absolutely |completely |totally |quite |so )?right|(?:it's|that's|that is|totally|completely) (?:completely |totally |perfectly |very |so )?understandable",
    r"that makes (?:complete |total |perfect )?sense|i appreciate (?:you|your) (?:telling|sharing|honesty|being|candor|openness)|that would (?:annoy|frustrate|worry|upset)|nightmare|oh no",
)

BENEFIT_STRONG = (
    r"you(?:'ll| will|'d| would| can)? save|saves? you|(?:that|this|which|it) means (?:for )?you|what (?:that|this|it) means for you",
    r"you(?:'ll| will| can|'d| would)? (?:cut|reduce|lower|halve|avoid|increase|boost|grow|improve|speed up) (?:\w+ ){0,3}(?:costs?|spend|spending|bills?|downtime|errors?|risk|no-shows|churn|revenue|sales|margins?|time|workload)",
    r"you(?:'ll| will|'d| would)? (?:end up )?(?:pay|paying|spend|spending) (?:\w+ ){0,4}less",
)

PRICE = (
    r"contract (?:runs|lasts|is|term is) (?:\w+ ){0,3}(?:months|years|year)|(?:at least|minimum(?: of)?) (?:\w+ )?(?:months|years)|one-off|one-time|upfront",
    r"costs?|\$ ?\d|\d[\d.,]* ?(?:€|\$|euros?|eur|dollars?|usd|pounds|gbp|chf|bucks|k\b)|€ ?\d|£ ?\d|prices?|pricing|priced",
    r"\d[\d.,]* ?(?:€|\$|euros?|dollars?)? (?:per|a|an|/) ?(?:month|year|user|seat|workstation|licen[cs]e|hour|day|site|device|quarter)|monthly (?:fee|rate|cost|price|payment)|annual (?:fee|cost|price)",
    r"(?:contract|minimum|notice) (?:term|period)|fees?|\bvat\b|plus tax|sales tax|invoice\w*|billed|billing|payment terms|net \d+|hourly rate|rate|investment|works out (?:to|at)|(?:12|24|36)-month|\d+ months",
    r"you(?:'ll| will)? pay|budget|bargain|deal\b",
)

BENEFIT = (
    r"knowing (?:that )?(?:everything|your|all|it|you)|you(?:'ll| will) (?!need|have to)\w+",
    r"(?:so|that way|this way|then) (?:\w+ ){0,4}you\b|for you,? (?:that|this|it) means|leaves? you|you gain|protects? (?:you|your)|in the worst case you",
    r"(?:your|you) (?:\w+ )?(?:staff|team|employees|people|business|firm|customers|clients|data|office|company) (?:can|will|'ll|won't|never|stay|stays|remain|remains|is|are) (?:\w+ ){0,3}(?:working|safe|protected|running|covered|focus|again|right away|immediately)",
    r"so (?:that )?(?:you|your)\b|so you can|that way (?:you|your)|this way (?:you|your)|which (?:means|gives|lets|allows|saves|helps) (?:you|your)",
    r"you(?:'ll| will) (?:never|always|have|be able|be|get|know|notice|see|spend|benefit|enjoy|sleep|stay|gain|avoid|reduce|cut|lose less|free up)|you can (?:focus|sleep|rest|relax|stop|concentrate|finally|always|count on|rely on|get back)",
    r"you (?:won't|don't|will not|do not|no longer) (?:need|have) to|you (?:won't|don't) (?:\w+ )?(?:worry|lose|have to)|you(?:'ll| will) benefit|the (?:advantage|benefit) (?:for you|to you|is)|your (?:advantage|benefit|gain)",
    r"frees? up|takes? (?:\w+ ){0,4}off (?:your|you)|gives? (?:you|your)|peace of mind|helps? (?:you|your)|lets? (?:you|your)|allows? (?:you|your)|enables? (?:you|your)|keeps? (?:you|your)",
    r"never (?:lose|worry|again)|no more (?:worr|hassle|stress|lost|downtime|manual)|on the safe side|at your fingertips|(?:cut|lower|reduce|slash)s? your|peace of mind|back up and running|barely stops",
)

_OFFER = (
    r"system|software|solution|package|plan|tier|service|app|device|backup|support|platform|tool|server|data cent|data center|"
    r"window|glazing|product|version|module|feature|function|dashboard|encrypt|restore|storage|cloud|licen[cs]e|technician|"
    r"account manager|maintenance|update|interface|integrat|warranty|guarantee|certified|alarm|sensor|report|monitoring|"
    r"versioning|protection|firewall|hotline|training|contract|included|includes|built-in|built in|automatic"
)
FEATURE = (
    r"our \w+",
    r"we(?:'ve| have)? (?:offer|provide|include|back up|encrypt|use|support|have|install|guarantee|store|monitor|run|host|specialis|specializ|keep|test|handle|take care)\w*",
    r"it (?:has|comes with|includes|runs|supports|integrates|offers|encrypts|backs up|works|stores|is certified)|there(?:'s| is) (?:also|a|an)|out of the box|24/7|around the clock|\d+ ?(?:gb|tb|gigabytes?|terabytes?)",
    rf"\w*(?:{_OFFER})\w*",
)

IRRITATORS = (
    r"fair (?:price|deal|offer|rate)|more than fair|generous\w*(?: offer)?",
    r"(?:really|very|super|incredibly|extremely|ridiculously|amazingly|insanely) (?:cheap|affordable|reasonable|low)(?: price| deal| offer)?",
    r"unbeatable(?: \w+)?|bargain|(?:a |an absolute |a real )steal|(?:best|great|amazing|incredible|fantastic|unbelievable|sweet) (?:deal|price|value|offer)",
    r"dirt cheap|rock-bottom(?: price)?|can't beat (?:that|this|the price)|no-brainer|cheap\w*|giveaway price",
)

OPEN_W = ("what", "how", "why", "which", "where", "who", "whom", "whose")
FACT_W = (
    r"how (?:many|much|long|often|big|old|soon|frequently|large|far|fast|quickly)|when|what time|since when|until when",
)
OPEN_PROMPTS = (
    r"tell me|walk me through|describe|talk me through|help me understand|explain (?:to me )?(?:how|what|why)|share (?:a bit |more )?(?:about|how|what)|"
    r"i'd (?:love|like) to (?:hear|know|understand|learn)|i'm curious (?:about|how|what|why)|in what way|to what extent",
)
EMBED_LEAD = r"(?:ask|tell me|tell us|explain|describe|share|know|say|show me)(?: \w+){0,2},? "
CONJUNCTIONS = ("and", "but", "or", "ok", "okay", "well", "so", "now", "right", "alright", "then")
LEAD_WORDS = ("and", "so", "but", "ok", "okay", "well", "now", "then", "right", "alright", "great", "good", "and then", "also", "or", "i see", "got it", "perfect")
VERB_FIRST = (
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will", "shall", "should",
    "may", "might", "must", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "won't", "wouldn't", "couldn't",
    "haven't", "hasn't", "dont", "doesnt", "didnt", "isnt", "arent",
)
SUBJECTS = (
    "you", "your", "we", "it", "they", "there", "the", "this", "that", "he", "she", "i", "anyone", "anybody", "someone",
    "somebody", "any", "everyone", "y'all", "ya", "u", "these", "those",
)
PRONOUNS = ("we", "you", "i", "they", "it", "our", "your", "my", "the", "a", "an", "this", "that", "he", "she")
BARE_THANKS = r"(?:many )?thanks?(?: you)?(?: (?:so|very) much| a lot| again)?"
STOPWORDS = frozenset(
    "the a an and or but of to in on at for with by from is are was were be been it its this that these those you your we our "
    "i my me he she they them their do does did have has had not no so as if then than too very can will would should".split()
)
