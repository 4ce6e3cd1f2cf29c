// Barrel of lib/report/: re-export every public function and type of the folder here.
export {};
