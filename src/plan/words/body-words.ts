/** Body parts: "its tail", "his hand" belong to someone already drawn and are not drawn on their own. */
export const BODY_PARTS: ReadonlySet<string> = new Set([
  'feather', 'feathers', 'mouth', 'hand', 'hands', 'paw', 'paws', 'head', 'back', 'tail', 'tails', 'wing', 'wings', 'foot', 'feet',
  'arm', 'arms', 'nose', 'eye', 'eyes', 'ear', 'ears', 'beak', 'teeth', 'tooth', 'shoulder', 'shoulders', 'lap', 'leg', 'legs',
  'face', 'fur', 'hair', 'trunk', 'horn', 'horns', 'claw', 'claws', 'fin', 'fins', 'shell', 'belly', 'neck', 'finger', 'fingers',
  'knee', 'knees', 'mane', 'whiskers', 'tongue', 'body', 'skin', 'scales', 'antlers', 'hooves', 'hoof', 'tusk', 'tusks',
]);
