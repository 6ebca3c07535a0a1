#include "GMimeLibrary.h"

#include <gmime/gmime.h>

#include <mutex>

namespace deliverboard::mail {

void ensureGMimeInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace deliverboard::mail
