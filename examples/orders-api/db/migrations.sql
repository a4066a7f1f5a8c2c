-- Applied by every server process to its own copy of the seed (src/db.js), after the copy.
ANALYZE customers;
ANALYZE loyalty;
ANALYZE orders;
ANALYZE order_items;
