// Barrel of lib/load/: re-export every public function and type of the folder here.
export {};
