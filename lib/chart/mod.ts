// Barrel of lib/chart/: re-export every public function and type of the folder here.
export {};
