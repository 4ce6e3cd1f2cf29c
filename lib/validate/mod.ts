// Barrel of lib/validate/: re-export every public function and type of the folder here.
export {};
