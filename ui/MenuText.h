#pragma once

#include <QString>

namespace Plenary {

/// A name from the meeting (a working group's title, a liaison's) as menu
/// text: "&" doubled, so that "R&D" is shown and does not become a mnemonic.
inline QString menuText(QString text) {
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace Plenary
