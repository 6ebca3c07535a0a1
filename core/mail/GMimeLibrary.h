#pragma once

namespace deliverboard::mail {

// Calls g_mime_init() exactly once per process (thread-safe).
void ensureGMimeInitialized();

} // namespace deliverboard::mail
