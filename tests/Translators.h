#pragma once

// For tests that change language within one process: installTranslators()
// adds to what is installed, so a test takes everything out first.

#include <QCoreApplication>
#include <QTranslator>

namespace PlenaryTest {

/// Removes and deletes every translator installTranslators() gave the
/// application (they are its children).
inline void removeTranslators() {
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace PlenaryTest
