// Barrel of lib/rfm/: re-export every public function and type of the folder here.
export {};
