"""CSV layouts, import and (later) export: an adapter over ``app/services``, like REST."""
