// Barrel of lib/eda/: re-export every public function and type of the folder here.
export {};
