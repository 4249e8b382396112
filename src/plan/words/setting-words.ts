import type { Season, SettingKind, TimeOfDay, Weather } from '../vocabulary.ts';

/**
 * Words and phrases that name where, when and in what weather a shot takes
 * place. Keys are lowercase lemmas or phrases of lemmas ("city street",
 * "coral reef"); the planner matches the longest phrase first.
 */
export const SETTING_WORDS: Readonly<Record<string, SettingKind>> = {
  beach: 'beach', 'tropical beach': 'beach', shore: 'beach', seashore: 'beach', seaside: 'beach', coast: 'beach', coastline: 'beach', coastal: 'beach',
  sand: 'beach', sands: 'beach', island: 'beach', 'desert island': 'beach', 'tropical island': 'beach',
  boardwalk: 'beach', bay: 'beach', lagoon: 'beach', 'sandy beach': 'beach',
  forest: 'forest', woods: 'forest', wood: 'forest', woodland: 'forest', grove: 'forest', thicket: 'forest',
  'pine forest': 'forest', 'oak forest': 'forest', 'autumn forest': 'forest', 'enchanted forest': 'forest',
  'snowy forest': 'snowy-forest', 'winter forest': 'snowy-forest', 'snowy woods': 'snowy-forest', taiga: 'snowy-forest',
  'snowy pine forest': 'snowy-forest', 'snow forest': 'snowy-forest',
  jungle: 'jungle', 'tropical jungle': 'jungle', 'tropical rainforest': 'jungle', rainforest: 'jungle', 'rain forest': 'jungle', 'tropical forest': 'jungle', swamp: 'jungle',
  bayou: 'jungle', marsh: 'lake',
  // Bamboo stands are tall green canes, not palms and vines.
  'bamboo forest': 'bamboo-forest', 'bamboo grove': 'bamboo-forest', 'bamboo thicket': 'bamboo-forest', 'bamboo jungle': 'bamboo-forest', 'bamboo woods': 'bamboo-forest',
  desert: 'desert', sahara: 'desert', dune: 'desert', dunes: 'desert', 'sand dune': 'desert', wasteland: 'desert', badlands: 'desert',
  canyon: 'desert', oasis: 'desert', mesa: 'desert',
  mountain: 'mountains', mountains: 'mountains', 'snow capped mountains': 'mountains', 'snow capped peaks': 'mountains',
  'snow capped mountain': 'mountains', 'snowy mountains': 'mountains', 'snowy peaks': 'mountains', peak: 'mountains', summit: 'mountains', cliff: 'mountains',
  alps: 'mountains', valley: 'hills', ridge: 'mountains', mountainside: 'mountains', 'mountain range': 'mountains',
  'mountain top': 'mountains', mountaintop: 'mountains', highlands: 'mountains',
  meadow: 'meadow', grassland: 'meadow', prairie: 'meadow', pasture: 'meadow', lawn: 'meadow', grass: 'meadow',
  clearing: 'meadow', landscape: 'meadow', scenery: 'meadow', terrain: 'meadow', 'flower meadow': 'meadow', 'wildflower meadow': 'meadow',
  hill: 'hills', hills: 'hills', hillside: 'hills', hilltop: 'hills', countryside: 'hills', 'rolling hills': 'hills',
  slope: 'hills', 'green hills': 'hills',
  farm: 'farm', farmyard: 'farm', barnyard: 'farm', ranch: 'farm', orchard: 'farm', vineyard: 'farm', paddock: 'farm',
  'farm yard': 'farm', 'apple orchard': 'farm',
  street: 'city-street', 'city street': 'city-street', city: 'city-street', downtown: 'city-street', avenue: 'city-street',
  alley: 'city-street', alleyway: 'city-street', sidewalk: 'city-street', crosswalk: 'city-street', intersection: 'city-street',
  market: 'city-street', marketplace: 'city-street', square: 'city-street', plaza: 'city-street', neighborhood: 'city-street',
  neighbourhood: 'city-street', suburb: 'city-street', 'main street': 'city-street',
  'street corner': 'city-street', 'city square': 'city-street', 'town square': 'city-street', 'market square': 'city-street',
  metropolis: 'skyline', skyline: 'skyline', 'city skyline': 'skyline', skyscraper: 'skyline', skyscrapers: 'skyline',
  cityscape: 'skyline', rooftop: 'skyline', rooftops: 'skyline', 'new york': 'skyline',
  village: 'village', town: 'village', hamlet: 'village', 'small town': 'village', 'mountain village': 'village',
  'national park': 'lake',
  park: 'park', playground: 'park', 'city park': 'park', campground: 'park', campsite: 'park', 'park path': 'park',
  garden: 'garden', backyard: 'garden', yard: 'garden', flowerbed: 'garden', greenhouse: 'garden',
  'flower garden': 'garden', 'vegetable garden': 'garden', 'rose garden': 'garden',
  lake: 'lake', pond: 'lake', pool: 'lake', 'swimming pool': 'lake', reservoir: 'lake', 'mountain lake': 'lake',
  'calm lake': 'lake', 'frozen lake': 'arctic',
  river: 'river', stream: 'river', creek: 'river', brook: 'river', riverbank: 'river', canal: 'river',
  'forest river': 'river', 'river bank': 'river', delta: 'river', 'river delta': 'river', estuary: 'river', 'river mouth': 'river',
  ocean: 'ocean', sea: 'ocean', waves: 'ocean', 'ocean waves': 'ocean', 'open sea': 'ocean', 'high seas': 'ocean', 'open ocean': 'ocean',
  harbor: 'harbor', harbour: 'harbor', port: 'harbor', dock: 'harbor', docks: 'harbor', pier: 'harbor', marina: 'harbor',
  wharf: 'harbor', 'fishing village': 'harbor',
  underwater: 'underwater', reef: 'underwater', 'coral reef': 'underwater', seabed: 'underwater', 'sea floor': 'underwater',
  seafloor: 'underwater', 'ocean floor': 'underwater', 'deep sea': 'underwater', 'deep ocean': 'underwater', aquarium: 'underwater',
  'under the sea': 'underwater', 'under water': 'underwater', 'bottom of the ocean': 'underwater', 'bottom of the sea': 'underwater',
  space: 'space', 'outer space': 'space', galaxy: 'space', cosmos: 'space', universe: 'space', nebula: 'space',
  'solar system': 'space', 'deep space': 'space', 'asteroid field': 'space', 'asteroid belt': 'space', 'outer space station': 'space', 'lunar surface': 'space', 'surface of the moon': 'space',
  'milky way': 'night-sky', 'the milky way': 'night-sky',
  'night sky': 'night-sky', 'starry sky': 'night-sky', 'starry night': 'night-sky', 'starlit sky': 'night-sky',
  sky: 'sky', clouds: 'sky', heavens: 'sky', 'open sky': 'sky', horizon: 'sky', skies: 'sky', 'the air': 'sky', 'blue sky': 'sky', 'clear sky': 'sky', 'clear blue sky': 'sky',
  'living room': 'living-room', lounge: 'living-room', room: 'living-room', bedroom: 'living-room', home: 'living-room',
  indoors: 'living-room', apartment: 'living-room', den: 'living-room', attic: 'living-room', hallway: 'living-room',
  // The living room's hearth and rug (it draws both): being by them is being in the room.
  hearth: 'living-room', fireside: 'living-room', rug: 'living-room',
  'family room': 'living-room', nursery: 'living-room', office: 'classroom', studio: 'living-room', corridor: 'living-room',
  // The nearest indoor kind to a hospital's rooms and halls: a plain room (a hospital seen from outside keeps its own art).
  hospital: 'living-room', clinic: 'living-room', 'hospital room': 'living-room',
  kitchen: 'kitchen', 'dining room': 'kitchen', pantry: 'kitchen',
  classroom: 'classroom', school: 'classroom', 'lecture hall': 'classroom', library: 'classroom', laboratory: 'classroom',
  lab: 'classroom', 'science lab': 'classroom',
  cafe: 'cafe', café: 'cafe', 'coffee shop': 'cafe', coffeeshop: 'cafe', restaurant: 'cafe', diner: 'cafe', bar: 'cafe',
  pub: 'cafe', bistro: 'cafe', bakery: 'cafe', 'tea room': 'cafe', teahouse: 'cafe',
  stage: 'stage', theater: 'stage', theatre: 'stage', concert: 'stage', 'concert hall': 'stage', auditorium: 'stage',
  ballroom: 'stage', circus: 'stage', 'opera house': 'stage',
  // A disco is its own dark room of spot lights, a glitter ball and a lit dance floor, not a theatre.
  nightclub: 'club', 'night club': 'club', disco: 'club', discotheque: 'club', 'dance party': 'club', 'dance floor': 'club',
  'dance club': 'club', 'disco club': 'club',
  road: 'road', highway: 'road', freeway: 'road', motorway: 'road', 'country road': 'road', 'dirt road': 'road',
  autobahn: 'road', autostrada: 'road', expressway: 'road', interstate: 'road', 'state highway': 'road', superhighway: 'road',
  throughway: 'road', thruway: 'road', 'toll road': 'road', turnpike: 'road',
  'open road': 'road', track: 'road', racetrack: 'road', 'race track': 'road', runway: 'road', path: 'road', trail: 'road', lane: 'road',
  field: 'field', fields: 'field', farmland: 'field', 'wheat field': 'field', cornfield: 'field', 'corn field': 'field',
  plains: 'field', plain: 'field', steppe: 'field', outback: 'desert', 'open field': 'field', 'flower field': 'field',
  savanna: 'savanna', savannah: 'savanna', 'african savanna': 'savanna', 'african savannah': 'savanna', veldt: 'savanna', veld: 'savanna',
  serengeti: 'savanna', 'african plains': 'savanna', bushveld: 'savanna',
  // A watering hole is a pool on the savanna that animals drink from, not a hole in the ground.
  'watering hole': 'watering-hole', 'water hole': 'watering-hole', waterhole: 'watering-hole', 'drinking hole': 'watering-hole',
  // Where games are played: marked-out turf, not a crop field (a "court" with a judge is a courtroom).
  pitch: 'sports-ground', stadium: 'sports-ground', court: 'sports-ground', 'tennis court': 'sports-ground', 'basketball court': 'sports-ground',
  'volleyball court': 'sports-ground', 'football pitch': 'sports-ground', 'soccer pitch': 'sports-ground', 'football field': 'sports-ground',
  'soccer field': 'sports-ground', 'baseball field': 'sports-ground', 'sports field': 'sports-ground', 'playing field': 'sports-ground',
  'sports ground': 'sports-ground', ballpark: 'sports-ground', 'baseball diamond': 'sports-ground', arena: 'sports-ground', 'football stadium': 'sports-ground',
  courtroom: 'classroom', 'court room': 'classroom', courthouse: 'classroom',
  volcano: 'volcano', lava: 'volcano', crater: 'volcano',
  cave: 'cave', cavern: 'cave', grotto: 'cave', tunnel: 'cave', mine: 'cave', underground: 'cave', dungeon: 'cave',
  arctic: 'arctic', antarctic: 'arctic', antarctica: 'arctic', tundra: 'arctic', glacier: 'arctic', 'ice field': 'arctic',
  'north pole': 'arctic', ice: 'arctic', 'ice sheet': 'arctic', 'pack ice': 'arctic', 'sea ice': 'arctic', 'south pole': 'arctic', 'polar region': 'arctic', snowfield: 'arctic', 'ice floe': 'arctic',
  // An airport is the open tarmac its planes roll along (the airport pictures are planes); a skate park is a park.
  airport: 'road', airfield: 'road', airstrip: 'road', aerodrome: 'road', 'air field': 'road',
  'skate park': 'park', skatepark: 'park', 'skateboard park': 'park',
  junkyard: 'junkyard', scrapyard: 'junkyard', 'junk yard': 'junkyard', dump: 'junkyard', landfill: 'junkyard',
};

/**
 * What each setting's backdrop shows besides its own ground (mirroring the
 * renderer's setting recipes in src/render/settings/recipes.ts): "a lake in
 * the mountains" shows both, so "mountains" is resolved there too.
 */
export const BACKDROP: Readonly<Partial<Record<SettingKind, readonly SettingKind[]>>> = {
  beach: ['ocean'], forest: ['mountains'], 'snowy-forest': ['mountains', 'forest'], jungle: ['hills', 'forest'],
  mountains: ['forest'], meadow: ['hills', 'forest'], farm: ['hills', 'forest', 'meadow', 'field'], 'city-street': ['skyline'],
  skyline: ['city-street'], village: ['hills'], park: ['skyline', 'forest', 'meadow'], garden: ['forest'], lake: ['mountains', 'forest'],
  river: ['hills', 'forest', 'meadow'], harbor: ['hills', 'village', 'ocean'], arctic: ['mountains', 'ocean'], road: ['hills', 'forest', 'field', 'meadow'],
  field: ['hills', 'forest', 'meadow'], savanna: ['hills', 'meadow', 'field'], 'watering-hole': ['savanna', 'hills'], 'sports-ground': ['skyline'], 'night-sky': ['mountains', 'forest'], sky: ['mountains', 'hills'], junkyard: ['skyline', 'city-street'],
};

/**
 * Places any open-air setting can show far behind its own ground as distant
 * scenery (the renderer's BACKDROP_RIDGES in src/render/settings/recipes.ts):
 * "a sailboat on the sea with mountains in the distance", "rain falls on the
 * mountains" in a shot at sea.
 */
export const FAR_SCENERY: ReadonlySet<SettingKind> = new Set<SettingKind>(['mountains', 'hills', 'forest', 'skyline', 'city-street', 'desert', 'volcano']);

/** Words that put a place far behind the scene ("mountains in the distance"): said of a backdrop, they are shown. */
export const FAR_WORDS: ReadonlySet<string> = new Set(['distance', 'background', 'horizon', 'backdrop']);

/**
 * Adjectives that describe how a place is drawn anyway, keyed by adjective
 * and matched against the place word: "shallow water", "a tall waterfall",
 * "a small village" (a few houses), "a big lake" (it fills the view), "a
 * dense forest" (rows of trees). Used only when the place is the shot's.
 */
export const PLACE_LOOKS: Readonly<Record<string, RegExp>> = {
  fluffy: /cloud|sky/, shallow: /water|pond|stream|creek|brook|river|lagoon|pool|shallows/, tall: /waterfall|grass|mountain|cliff|skyscraper|peak/,
  vast: /ocean|sea|desert|sky|field|plain|meadow|prairie|savannah?/, endless: /ocean|sea|desert|sky|field|plain|meadow|prairie|savannah?/, wide: /river|road|street|valley|field|sky/,
  rolling: /hill|meadow|field|countryside|savannah?/, towering: /mountain|cliff|skyscraper|waterfall/, sandy: /beach|desert|shore|coast|dune/, grassy: /meadow|hill|field|park|lawn/,
  lush: /jungle|forest|meadow|garden|valley|rainforest/, tropical: /jungle|beach|island|rainforest|lagoon/, rocky: /mountain|cliff|canyon|cave/, deep: /ocean|sea|cave|canyon|forest|lake|jungle/,
  open: /sky|sea|ocean|road|field|plain/, blue: /sky|ocean|sea|lake|water/, starry: /sky|night/, cloudy: /sky/, green: /meadow|hill|field|forest|park|grass|valley/,
  small: /^(village|town|hamlet|pond|garden|backyard|yard|stream|creek|brook)$/, little: /^(village|town|hamlet|pond|garden|backyard|yard|stream|creek|brook)$/,
  tiny: /^(village|hamlet|pond|garden|yard|stream|creek|brook)$/,
  big: /^(lake|ocean|sea|city|metropolis|desert|field|sky|forest|mountains?)$/, large: /^(lake|ocean|sea|city|metropolis|desert|field|forest|mountains?)$/,
  huge: /^(lake|ocean|sea|city|metropolis|desert|field|sky|forest|mountains?)$/, great: /^(lake|ocean|sea|city|desert|forest|mountains?|plains?)$/,
  dense: /forest|woods|jungle|rainforest|thicket|fog|mist/, thick: /forest|woods|jungle|rainforest|fog|mist/,
};

/** Things a setting's backdrop is made of: "the metal" in a junkyard is the junk it shows. */
export const SETTING_PARTS: Readonly<Partial<Record<SettingKind, ReadonlySet<string>>>> = {
  junkyard: new Set(['metal', 'junk', 'scrap', 'trash', 'garbage', 'rubbish', 'wreckage', 'debris', 'rust']),
  forest: new Set(['trees', 'woods', 'undergrowth', 'canopy', 'pines']), 'snowy-forest': new Set(['trees', 'pines', 'snow']),
  jungle: new Set(['trees', 'vines', 'canopy', 'undergrowth', 'foliage']), desert: new Set(['sand', 'dunes', 'dust']),
  beach: new Set(['sand', 'waves', 'surf', 'tide']), ocean: new Set(['waves', 'water', 'surf', 'tide', 'spray']),
  arctic: new Set(['ice', 'snow', 'icebergs', 'floes']), 'city-street': new Set(['buildings', 'traffic', 'pavement', 'houses']),
  skyline: new Set(['buildings', 'skyscrapers', 'towers', 'lights']), village: new Set(['houses', 'cottages', 'roofs']),
  cave: new Set(['rock', 'rocks', 'walls', 'stalactites', 'darkness']), underwater: new Set(['seaweed', 'kelp', 'rocks', 'sand', 'bubbles']),
  volcano: new Set(['lava', 'smoke', 'ash', 'magma']), field: new Set(['crops', 'wheat', 'grass', 'rows']), savanna: new Set(['grass', 'grasses', 'acacias', 'bush']), 'sports-ground': new Set(['grass', 'turf', 'lines', 'stands', 'crowd']), meadow: new Set(['grass', 'wildflowers']),
  space: new Set(['stars', 'darkness', 'void']), 'night-sky': new Set(['stars', 'darkness']), garden: new Set(['hedge', 'hedges', 'flowers', 'flowerbeds']),
};

/** Setting words that are also actors when counted, coloured or sized ("three small hills" stay a setting). */
export const SETTING_ACTOR_WORDS: ReadonlySet<string> = new Set(['sand', 'pool', 'lane', 'cloud', 'clouds', 'bar', 'mine', 'grass', 'ice', 'wave', 'waves']);

export const TIME_WORDS: Readonly<Record<string, TimeOfDay>> = {
  dawn: 'dawn', daybreak: 'dawn', 'first light': 'dawn', 'break of day': 'dawn', sunrise: 'sunrise', sunup: 'sunrise',
  morning: 'morning', 'early morning': 'dawn', 'morning light': 'morning', noon: 'noon', midday: 'noon', 'high noon': 'noon',
  'broad daylight': 'noon', daylight: 'noon', afternoon: 'afternoon', day: 'afternoon', daytime: 'afternoon',
  'late afternoon': 'afternoon', 'golden hour': 'sunset', sunset: 'sunset', sundown: 'sunset', dusk: 'dusk',
  twilight: 'dusk', 'blue hour': 'dusk', evening: 'evening', night: 'night', nighttime: 'night', tonight: 'night',
  'at night': 'night', moonlight: 'night', moonlit: 'night', starlight: 'night', starlit: 'night', starry: 'night',
  midnight: 'midnight', 'rush hour': 'evening', 'late at night': 'midnight', 'dead of night': 'midnight', 'middle of the night': 'midnight',
  nocturnal: 'night', overnight: 'night',
  // Holidays are when, not who: Halloween is a night of jack-o'-lanterns, Christmas morning the morning of the gifts.
  halloween: 'night', 'halloween night': 'night', 'halloween eve': 'night', 'christmas morning': 'morning', 'christmas day': 'morning',
  'christmas eve': 'night', 'christmas night': 'night',
  // New Year's fireworks go up at midnight, in full dark (the tagger splits "year's" into "year 's").
  "new year 's eve": 'night', 'new years eve': 'night', 'new year eve': 'night', hogmanay: 'night', 'northern lights': 'night', aurora: 'night', 'aurora borealis': 'night',
};

export const WEATHER_WORDS: Readonly<Record<string, Weather>> = {
  sunny: 'clear', clear: 'clear', cloudless: 'clear', sunshine: 'clear', sunlit: 'clear', 'clear day': 'clear', 'bright day': 'clear',
  cloudy: 'cloudy', overcast: 'cloudy', gloomy: 'cloudy', 'grey sky': 'cloudy', 'gray sky': 'cloudy', 'grey day': 'cloudy', 'gray day': 'cloudy',
  fog: 'fog', foggy: 'fog', fogbank: 'fog', 'fog bank': 'fog', 'ice fog': 'fog', 'pea souper': 'fog', mist: 'fog', misty: 'fog', haze: 'fog', hazy: 'fog', smog: 'fog', smoky: 'fog',
  rain: 'rain', rainy: 'rain', drizzle: 'rain', downpour: 'rain', 'rain shower': 'rain', rainfall: 'rain',
  raindrop: 'rain', raindrops: 'rain', 'rain drops': 'rain', 'drops of rain': 'rain', 'pouring rain': 'rain', 'heavy rain': 'rain', 'light rain': 'rain',
  storm: 'storm', stormy: 'storm', thunderstorm: 'storm', thunder: 'storm', lightning: 'storm', hurricane: 'storm',
  typhoon: 'storm', tempest: 'storm', rainstorm: 'storm', 'thunder storm': 'storm', tornado: 'storm',
  snow: 'snow', snowy: 'snow', snowfall: 'snow', blizzard: 'snow', snowstorm: 'snow', snowflake: 'snow',
  snowflakes: 'snow', flurries: 'snow', sleet: 'snow', 'heavy snow': 'snow', 'falling snow': 'snow',
  wind: 'wind', windy: 'wind', breeze: 'wind', breezy: 'wind', gust: 'wind', gusts: 'wind', gale: 'wind', blustery: 'wind',
  'strong wind': 'wind', 'gust of wind': 'wind', sunlight: 'clear', 'sun rays': 'clear', 'sunlight rays': 'clear',
  'rays of sunlight': 'clear', 'rays of light': 'clear', sunbeams: 'clear', sunbeam: 'clear', 'light rays': 'clear',
  'god rays': 'clear', 'sun shining': 'clear', 'blue skies': 'clear', 'in the sun': 'clear', 'in the sunshine': 'clear',
  // Once it has passed the rain has stopped: the clouds are still about (a rainbow's weather).
  'after the rain': 'cloudy', 'after rain': 'cloudy', 'after a rain': 'cloudy', 'after the storm': 'cloudy', 'after a storm': 'cloudy',
  'after the rainstorm': 'cloudy', 'after the shower': 'cloudy', 'after a shower': 'cloudy',
};

/** Verbs whose subject is the weather ("it is raining", "snow falls"). */
export const WEATHER_VERBS: Readonly<Record<string, Weather>> = {
  rain: 'rain', drizzle: 'rain', pour: 'rain', snow: 'snow', storm: 'storm', thunder: 'storm', howl: 'wind', gust: 'wind',
};

export const SEASON_WORDS: Readonly<Record<string, Season>> = {
  spring: 'spring', springtime: 'spring', summer: 'summer', summertime: 'summer', autumn: 'autumn', fall: 'autumn',
  autumnal: 'autumn', winter: 'winter', wintertime: 'winter', wintry: 'winter', wintery: 'winter',
};

/** Adjectives that mean a season's look ("autumn leaves", "a snowy field"). */
export const SEASON_HINTS: Readonly<Record<string, Season>> = { snowy: 'winter', frozen: 'winter', icy: 'winter', frosty: 'winter' };

/**
 * Things that only make sense in one kind of place, which a prompt naming no
 * place is set in: acacias grow on the savanna, a sunken ship lies under the
 * sea. Keys are lemmas of a thing's head or of a word describing it.
 */
export const IMPLIED_PLACES: Readonly<Record<string, SettingKind>> = {
  acacia: 'savanna', acacias: 'savanna', baobab: 'savanna', baobabs: 'savanna', wildebeest: 'savanna', safari: 'savanna',
  igloo: 'arctic', igloos: 'arctic',
  // A windowsill, a window seat or a fireplace are in a room (the things themselves stay drawn).
  windowsill: 'living-room', 'window sill': 'living-room', 'window seat': 'living-room', fireplace: 'living-room', mantelpiece: 'living-room',
  goalkeeper: 'sports-ground', goalie: 'sports-ground', goalpost: 'sports-ground', 'soccer player': 'sports-ground', 'football player': 'sports-ground',
  'tennis player': 'sports-ground', 'basketball player': 'sports-ground', referee: 'sports-ground', 'soccer ball': 'sports-ground',
  // A Christmas tree stands indoors among the presents.
  'christmas tree': 'living-room', 'christmas trees': 'living-room',
  shipwreck: 'underwater', shipwrecks: 'underwater', wreck: 'underwater', wreckage: 'underwater', sunken: 'underwater', sunk: 'underwater', submerged: 'underwater',
};

/** Words describing a thing that say where it is and nothing else ("a sunken ship" lies under the sea). */
export const PLACING_ADJECTIVES: ReadonlySet<string> = new Set(['sunken', 'sunk', 'submerged']);

/** Surfaces that only lie indoors: "on the floor" with no place named is in a room. */
export const INDOOR_SURFACES: ReadonlySet<string> = new Set(['floor', 'carpet', 'rug', 'floorboards', 'linoleum', 'parquet']);

/**
 * Things of the snow: a prompt with any of them and no season said is set in
 * winter, with snow on the ground ("children building a snowman").
 */
export const WINTER_THINGS: ReadonlySet<string> = new Set([
  'snowman', 'snowmen', 'snowboarder', 'snowboarders', 'snowboard', 'skier', 'skiers', 'ski', 'skis', 'sled', 'sleds', 'sledge', 'sledges',
  'sleigh', 'christmas tree', 'christmas trees', 'toboggan', 'ice skater', 'ice skaters', 'figure skater', 'igloo', 'igloos', 'snowball', 'snowballs', 'snowmobile', 'snowplow', 'snowplough', 'snow angel',
]);

/** Verbs of the snow ("skiing down a slope", "sledding"): winter too. */
export const WINTER_VERBS: ReadonlySet<string> = new Set(['ski', 'snowboard', 'sled', 'sledge', 'toboggan', 'ice-skate']);
