"""NAM: name rules. They read the ``mentions`` layer; they never scan text themselves."""
