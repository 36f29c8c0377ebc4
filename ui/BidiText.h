#pragma once

#include <QStyleOptionViewItem>

namespace Plenary {

/// In a right-to-left window, a cell such as "6.a" (an agenda item) would
/// be shown "a.6": it starts with a digit, which takes the paragraph's
/// direction. A left-to-right mark before any text that is not itself
/// right-to-left keeps codes, numbers and English titles in their order;
/// the cell is still aligned as the window is.
inline void keepLeftToRightText(QStyleOptionViewItem *option) {
    if (option->direction == Qt::RightToLeft && !option->text.isEmpty() &&
        !option->text.isRightToLeft())
        option->text.prepend(QChar(0x200E)); // LEFT-TO-RIGHT MARK
}

} // namespace Plenary
