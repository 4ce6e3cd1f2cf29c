// Barrel of lib/profile/: re-export every public function and type of the folder here.
export {};
