// Barrel of lib/clean/: re-export every public function and type of the folder here.
export {};
