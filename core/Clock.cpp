#include "Clock.h"

namespace Plenary {

const Clock &Clock::system() {
    // Stateless, so sharing one instance is not global state.
    static const Clock clock;
    return clock;
}

} // namespace Plenary
