// Words several stages of reading a call listen for: a further request begins, the caller wants
// something done, or gives up on the call.
// The caller moves on to a further request ("还有顺便问一下…", "while I've got you").
export const ANOTHER_REQUEST =
  /还有|另外|顺便|再问|\balso\b|\banother thing\b|\bby the way\b|\bwhile i'?ve got you\b|\bone more thing\b|\bseparately\b/;
export const WANTS_ACTION =
  /管一管|管管|管不管|有没有人管|处理一下|派人|来人|查处|制止|让他们|叫他们|make them|get them to|do something|can you (?:send|get|stop|make)|sort it out|send someone|deal with it|stop them|make them stop/;
// The caller giving up on the call: "那算了算了，我先问问我老公", "never mind, I'll ring back".
export const GIVES_UP =
  /算了|先问问|回头再打|\bnever ?mind\b|\bforget it\b|\bi'?ll (?:call|ring) (?:you )?back\b/;
