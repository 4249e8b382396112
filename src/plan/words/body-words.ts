/** Body parts: "its tail", "his hand" belong to someone already drawn and are not drawn on their own. */
export const BODY_PARTS: ReadonlySet<string> = new Set([
  'feather', 'feathers', 'mouth', 'hand', 'hands', 'paw', 'paws', 'head', 'back', 'tail', 'tails', 'wing', 'wings', 'foot', 'feet',
  'arm', 'arms', 'nose', 'eye', 'eyes', 'ear', 'ears', 'beak', 'teeth', 'tooth', 'shoulder', 'shoulders', 'lap', 'leg', 'legs',
  'face', 'fur', 'hair', 'trunk', 'horn', 'horns', 'claw', 'claws', 'fin', 'fins', 'shell', 'belly', 'neck', 'finger', 'fingers',
  'knee', 'knees', 'mane', 'whiskers', 'tongue', 'body', 'skin', 'scales', 'antlers', 'hooves', 'hoof', 'tusk', 'tusks',
]);

/** Things that run on wheels, by their art's label or word: their wheels are drawn with them. */
export const WHEELED_THINGS = /\b(car|cars|automobile|taxi|bus|minibus|trolleybus|truck|lorry|van|jeep|ambulance|police car|fire engine|racing car|sport utility vehicle|tractor|bicycle|bike|motorcycle|scooter|skateboard|rickshaw|wheelchair|roller skate|wagon|cart|carriage|locomotive|train)\b/;

/**
 * Parts of things, and the things they belong to (matched against the
 * owner's art label and word): "lightning strikes the mast" after "a ship
 * sails" is the ship's mast, drawn as part of the ship, not a thing of its own.
 */
export const THING_PARTS: Readonly<Record<string, RegExp>> = Object.fromEntries([
  ...['mast', 'masts', 'deck', 'hull', 'rudder', 'keel', 'porthole', 'portholes', 'bow', 'stern', 'rigging', 'crow\'s nest'].map((p) => [p, /\b(ship|boat|sailboat|yacht|galleon|schooner|ferry|canoe|speedboat|motor boat|passenger ship)\b/] as const),
  ...['battlements', 'ramparts', 'turret', 'turrets', 'drawbridge', 'walls', 'gate', 'gates', 'tower', 'towers'].map((p) => [p, /\b(castle|fortress|fort|palace)\b/] as const),
  ...['chimney', 'roof', 'porch', 'doorstep', 'doorway'].map((p) => [p, /\b(house|cottage|cabin|hut|barn|home|building|school|church)\b/] as const),
  ...['headlights', 'windshield', 'windscreen', 'bumper', 'bonnet', 'hood'].map((p) => [p, /\b(car|automobile|taxi|bus|truck|van|jeep|ambulance|police car|fire engine|racing car|tractor)\b/] as const),
  ...['wheels', 'tyres', 'tires'].map((p) => [p, WHEELED_THINGS] as const),
]);
