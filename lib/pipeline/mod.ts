// Barrel of lib/pipeline/: re-export every public function and type of the folder here.
export {};
