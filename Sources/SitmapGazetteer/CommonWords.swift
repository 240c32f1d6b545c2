/// Common English words that are also a place's name somewhere, capitalised at the start of a
/// sentence or in a headline ("Police said", "Most of", "Reading the report", "Split between").
///
/// Made from the 2,500 most frequent English words (wordfreq 3.1.1, those the Debian `wamerican`
/// word list writes in lowercase) and every other such word that matched a name of
/// `geodata/places.tsv` on its own, less the names of countries and capitals (Turkey, China, Chad,
/// Muscat) and a few cities and exonyms (Oxford, Cork, Shanghai, Mecca, Cologne). A place of that
/// name still counts with the article or a qualifier: "al-Tall", "the town of Hit", "Van province".
enum CommonWords {
    static let all: Set<String> = Set(list.split(whereSeparator: \.isWhitespace).map(String.init))

    private static let list = """
        a ability able about above absolutely abuse academic academy accept accepted access accident according account
        accounts accurate achieve acre across act acting action actions active activities activity actor acts actual
        actually ad add added adding addition additional address administration admit ado adult adults advance advanced
        advantage advice affairs affect affected afford afraid after afternoon again against agar age agency agent ago
        agree agreed agreement ah ahead aid air aircraft airport album alcohol ales alive all alley alliance allow
        allowed allowing allows almost aloha alone along already also alternative although always am amazing amen among
        amount an analysis anchorage ancient and anew angers angry animal animals annex announced annual another answer
        answers antelope anthem anti any anybody anymore anyone anything anyway anywhere apart apartment apex app
        apparently appeal appear appearance appeared appears apple application applications applied apply appointed
        appreciate approach appropriate approved approximately are area areas argument argyle arm armed arms army
        around arrested arrived art article articles artist artists arts as ascot aside ask asked asking ass assembly
        assets assistance assistant associated association assume at attack attacks attempt attention attitude attorney
        auburn audience august author authorities authority available average avoid award awards aware awash away
        awesome b baby back background bad badger bag bah bake balance bale ball ban band bane bank banks banning bar
        barking barrage barrow base based basic basically basis basketball bat bath battle bay be beach bear beat
        beautiful beauty became because become becomes becoming bed been beer before began begin beginning begins begun
        behavior behind being believe believed bell below bend bender benefit benefits besides best bet better between
        beyond bid big bigger biggest bill billings billion bimbo bird birds birth birthday bit bitch black blame block
        blog blood blow blue board boat bob bodies body bolder bomb bond bone bonny boo book books boom border born
        borne boss both bottle bottom bought boulder bountiful bow bowl box boy boyfriend boys bra brad brain branch
        brand bras bray break breakfast breaking brick bridge bright bring bringing brings broke broken brother
        brothers brought brown buckeye budget buffalo build building buildings built bunch burg bury bus bush business
        businesses busy but butte butterfly button buy buying by c ca cairns call called caller calling calls came
        camera camp campaign can cancer candidate candidates canes canning cannot canton capable capacity capital
        captain car card cards care career careful carried carry carrying cars case cases cash cast cat catch category
        caught cause caused causes cell cells cent centennial center central centurion century certain certainly chain
        chair chairman challenge champion chance chandler change changed changes changing channel chapter character
        characters charge charged charges chat cheap check cheese chemical chi chicken chief child children chili chin
        chino choice choose chosen church circumstances cities citizens city civil claim claimed claims class classes
        classic clay clean clear clearly click climate close closed closer clot clothes club coach coast cocoa code
        coffee cognac coin cold collected collection college colon color columbine coma combat combination combined
        come comes comfortable coming command comment comments commercial commission committed committee common
        commonwealth communication communications communities community companies company compared competition
        competitive complete completed completely complex computer concept conception concern concerned concerns
        concord condition conditions conducted confederation conference confidence confirmed conflict congress
        connected connection conservative consider considered considering constitution construction consumer contact
        contains content context continue continued continues contract control controlled conversation converse cook
        cool copy cordon core corner corona corporate corporation correct cost costs could council count counter
        countries country county couple course court cove cover coverage covered crazy cream create created creating
        creation creative credit creek crew crime criminal crisis critical cross crowd crown cry crying crystal cu
        cultural culture cup current currently customer customers cut cute cutting cycle cypress d dab dad daily damage
        damn dance dandy danger dangerous dark data date dating daughter davenport day days dead deal dealing deals
        dear death debate debt decades decide decided decision decisions dedicated deep defense defiance defined
        definitely definition degree deli delivered delivery delta demand democratic department depending depression
        derby describe described description deserve design designed desire despite destroyed detail details determine
        determined develop developed developing development device devices dick did die died diet difference different
        difficult dig digital dining dinner dire direct directed direction directly director dis discovered discuss
        discussion disease display distance distribution district divas division do doctor documents does dog dogs
        doing dole dollar dollars dome domestic don done door dosing double doubt down download downtown draft drama
        draw drawing dream dreams dress drink drinking drive driver drivers driving drop dropped drug drugs drunk dry
        dual dude due during duty dyer dying e ea each eagle earlier early earth easier easily east eastern easy eat
        eating economic economy ed edge edition editor education educational effect effective effects effort efforts
        eight either elbow elected election elections electric elements elk else em email emergency emotional employees
        employment empty end ended ending ends enemy energy engine engineering enjoy enjoyed enough ensure enter
        entered enterprise entertainment entire entirely entry environment environmental episode equal equipment era
        erode escape especially essential established estate estimated etc eureka even evening event events eventually
        ever evergreen every everybody everyone everything everywhere evidence evil ex exactly example examples
        excellent except exchange excited exclusive excuse executive exercise exist existing expect expected expensive
        experience experienced expert explain explained express extended extra extreme extremely eye eyes f face faces
        facilities facility fact factor factors facts fail failed failure fair faith fake fall falling falls false
        familiar families family famous fan fans fantastic far farm fashion fast faster fat fate father fault favor
        favorite fear feature features federal feed feel feeling feelings feels feet fell felling fellow felt female
        festival few field fields fifth fight fighting figure figures file fill filled film films final finally finance
        financial find finding finds fine finish finished fire fired firm first fish fishers fit five fix fixed flag
        flagstaff flat fleet flight flint floor flora flow flowers fly flying focus focused folks follow followed
        following follows food foot football for force forced forces fords fore foreign forest forever forget forgot
        form formed former forms forward found foundation fountain four fourth fox frame frank free freedom french
        frequently fresh friend friendly friends from front fruit fuck fucked fucking fuel full fully fun function fund
        funding funds funny further future g gain gale game games gap garden garland garner gas gave gay gender general
        generally generation genes gent get gets getting giant gift girl girlfriend girls give given gives giving glad
        glass global go goal goals god goes going gold golden golf gondola gone gonna good goods google gore got gotta
        government governor grace grade grand grant granted grapevine grays great greater greatest green grenade grew
        griffin grins ground group groups groves grow growing grown growth guard guess guest guide guilty gun guns guy
        guys h ha had hag hail hair hale half hall hand handle hands hang happen happened happening happens happy hard
        harder harem harrow harry has hate haul have having hawthorn hays he head heads health healthy hear heard
        hearing heart heat heaven heavy held hell hello help helped helping helps hem her here hermitage hero herself
        hey hi hickory high higher highest highland highlands highly hill hillside him himself hippo hire his
        historical history hit hits ho hold holding holds hole holiday holy home homes homestead honest honestly honor
        hook hope hopefully hoping horde horn horse hospital host hot hotel hour hours house houses housing hove how
        however hub hue huge hula hull human humans humble hundred hundreds hurricane hurt husband i ibis ice id idea
        ideas identified identify identity if ii iii ill illegal image images imagine immediately impact imperial
        importance important impossible improve improved in inc include included includes including income increase
        increased increasing incredible indeed independence independent index individual individuals industrial
        industry influence info information initial injury inside inspired instance instead institute institutions
        insurance intelligence intended interest interested interesting interests internal international internet
        interview into introduced investigation investment involved iron is island issue issued issues it item items
        its itself j jack jail jam jasper jersey job jobs john join joined joint joke journal journey judge jump just
        justice k kale keep keeping keeps kept key keystone khan kick kid kids kill killed killing kilo kin kind kinda
        king kingdom kiss kitchen knew know knowing knowledge known knows l la labor lack lacrosse ladies lady lag laid
        lake lama land lander lane language large largely larger largest largo last late later latest latter lattes
        laugh laughing launch launched laurel law laws lawyer lay lead leader leaders leadership leading leads league
        learn learned learning least leave leaves leaving led lee leek left leg legal legs lend length lens less let
        letter letters level levels liberal liberty library lice lids lie lien lies life light lights like liked likely
        likes lime limit limited limo linden line linen lines link links lion lira list listed listen listening
        literally literature little live lived lives living load loan local located location log logos lone long longer
        look looked looking looks lord lose losing loss lost lot lots love loved lovely loves low lower luck lucky
        lunch lung lupin lying m ma machine mad made magazine magenta magic mail main mainly maintain major majority
        make makes making male man manage managed management manager manga manger mango mania manly manning
        manufacturing many map march mare marina mark market marketing markets marks marriage married martin mascara
        mascot mason mass massive master match matches material materials matter matters max maximum may maybe mayor me
        mean meaning means meant measure measures meat media medical medicine medium meet meeting member members memory
        men mental mention mentioned mentor meridian mesa mess message met metal method methods metro mid middle
        midland midway might mike mile miles military milk million millions mind mine minimum mining minister ministry
        minor minster minute minutes mirage miss missed missing mission mistake mite mix mixed mm mo mobile mocha mode
        model models modern mom moment moments money monster month months moon more morning moron moss most mostly
        mother motion mountain mouth move moved movement moves movie movies moving ms much multiple murder museum mush
        music must mustang my myrtle myself mystic n name named names natal nation national nations native natural
        nature navy near nearly neath necessary neck need needed needs negative neither net network never new news
        newspaper newton next nice nick night nine nix no nobody noisy non none nor normal normally north northern not
        note noted notes nothing notice noticed novel now nuclear number numbers numerous o object obvious obviously
        occurred ocean ode of off offer offered offering offers office officer officers official officials often ogre
        oh oil okay old older on once one ones online only onto open opened opening opera operating operation
        operations opinion opportunities opportunity opposite opposition option options or oral orange orchards order
        ordered orders organization organizations original originally other others otherwise our ourselves out outside
        over overall overland own owned owner owners ox p pa pace pacific pack page pages paid pain painting pair
        paisley pal pan panda panorama pantheon papa papaya paper papers paradise paramount pare parent parents park
        parliament parole part particular particularly parties partner partners parts party pass passed passing past
        path patient patients pattern pay paying payment peace pearl peer pen people per percent perfect perfectly
        perform performance performed performing perhaps period perm permanent person personal personally personnel
        perspective pest pet peter pets phase phoenix phone photo photos physical pi pick picked picture pictures piece
        pieces pin pinto pita place placed places plan plane planet planned planning plans plant plantation plants
        plaque platform play played player players playing plays please pleasure plenty plot plum plunge plus point
        points police policies policy political politics pool poor pop popular population port portage position
        positions positive posse possibility possible possibly post posted posts potential pout power powerful powers
        practice prefer pregnant premier prepared presence present presented president press pressure pretty prevent
        previous previously price prices primary prime prince prior prison pristine private prize pro probably problem
        problems process proclamation produce produced product production products professional professor profile
        profit program programme programs progress project projects promise proof proper properly properties property
        proposed prosper protect protection proud prove provide provided providence provides providing public published
        pueblo pull pulled puma pun punch purchase pure purpose push put putting quack quality quarter queen queens
        question questions quick quickly quiet quite r race radio rain raise raised ran random range rapid rare rate
        rates rather ray re reach reached reaction read reading ready real reality realize realized really reason
        reasonable reasons receive received receiving recent recently recommend record recorded records recovery red
        reduce reduced redwood reference referred regarding region regional register regular related relations
        relationship relationships relatively release released relevant religion religious remain remained remaining
        remains remember remove removed rent replace report reported reports represent representative republic
        republican request require required requirements requires research reserve reservoir residents resolution
        resources respect response responsibility responsible rest restaurant result results retreat return returned
        returns reunion revealed revel revenue revere review reviews rho rich ride right rights rim ring rise risk
        river riverside road rock rogers role roles roll roman room rose roses rouge round rouse route row royal rugby
        rule rules run rung running runs rural ruse rye s sad safe safety saga said sake sale sales salt samba same
        sandy sari sat savage savanna savannah save saved saving saw say saying says scale scared scene scenes schedule
        scheme school schools science scientific score scored screen sea search seaside season seat second seconds
        secret secretary section sector secure security sedan see seeing seek seeking seem seemed seems seen sees
        selected selection self sell selling semi senate senator send sending senior senna sense sent sentence separate
        series serious seriously serve served service services serving session set sets setting seven several sex
        sexual shall shape shaping share shared shares sharing she shields shift shin ship shirt shit shoes shone shoot
        shooting shop shopping shoreline short shot shots should show showed showing shown shows shush shut sick side
        sides sign signal signed significant signs silver sim similar simmering simple simply since sine singing single
        sir sire sis sister sit site sites sitting situation six size skills skin sky slaughter sleep slightly slough
        slow slowly small smaller smart smile smith smoke snow so social society soda soft software sol sold soldiers
        sole solid solo solution some somebody someone something sometimes somewhere son song songs soon sorry sort
        soul sound sounds sour source sources south southern space sparks speak speaking special species specific
        specifically speech speed spend spending spent spire spires spirit split spoke spoken sport sports spot spread
        spring springs squad square stadium staff stage stains stand standard standards standing stands star stars
        start started starting starts state stated statement states station statistics status stay steel step steps
        sterling stick still stock stoke stone stood stop stopped storage store stores stories storm story stow
        straight strange strategy stream street streets strength stress strike strong structure struggle stuck student
        students studies studio study stuff stupid style sub subject success successful such suddenly sue suede sues
        sugar suggest suggested suicide suit sulphur summer summit sumo sun sunrise sunset super superior supply
        support supported supporting supposed supreme sure surface surgery surprise surprised surrey survey sweet
        switch swords sycamore system systems t table take taken takes taking tale talent talk talked talking talks
        tall tame tampon tan tango tank tape target tartar task taste taught tax taxes tea teach teacher teachers
        teaching team teams tech technical technology teeth television tell telling tells temperature temple ten tend
        tequila term terminus terms terrace terrible territory test testing tests text than thank thanks that the their
        them theme themselves then theory there therefore these they thing things think thinking thinks third this
        thorn those though thought thoughts thousand thousands threat three through throughout throw thus ticket
        tickets tight till time times ting tiny tips tire tired title to today together told tom tome tomorrow tonight
        tony too took tools top tor torn torrent total totally touch tough tour tours toward towards town track trade
        trading traditional traffic train trained training transfer transport transportation travel treat treated
        treatment tree trees trial trident tried trip troops trouble troy truck true truly trump trust truth try trying
        tub tuba tucker tunes turn turned turning turns twenty twice twitter two type types typical typically u
        ultimately unable under understand understanding understood unfortunately union unique unit united units
        universe university unless unlike until up update upland upon upper upset uptown urban us use used useful user
        users uses using usual usually v valence valley value values van variety various vehicle vehicles vermilion
        version verve very via vicar vice victor victory video videos view views village vine vineyard violence vise
        vision visit vista voice volume vote voted votes voting vs w wadi wait waiting wake wales walk walked walker
        walking wall walls walnut wan wanna want wanted wants war ware warm warning warren wars was waste watch watched
        watching water wave way ways we weak weapons wear wearing weasel weather web website wed wedding week weekend
        weekly weeks weight weir weird welcome well went were west westerly western wetter what whatever wheeling when
        whenever where whether which while white who whole whom whose why wide wife wild will willing win wind window
        windows wine wing winner winning wins winter wish with within without woman women won wonder wonderful wood
        woodland woodlands word words work worked workers working works world worms worried worry worse worst worth
        would wow wright write writer writing written wrong wrote x y yard ye yeah year years yellow yen yes yesterday
        yet yoga you young younger your yours yourself youth zero zone
        """
}
