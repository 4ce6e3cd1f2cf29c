// Barrel of lib/scale/: re-export every public function and type of the folder here.
export {};
