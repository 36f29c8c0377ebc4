#pragma once

#include <QTableView>

class QMenu;

namespace Plenary {

/// The document table: sortable columns sized for the data, late
/// documents marked, whole-row selection, Ctrl+C copies "number<TAB>title".
class DocumentTableView : public QTableView {
    Q_OBJECT
public:
    explicit DocumentTableView(QWidget *parent = nullptr);

    /// Sets sensible initial column widths (before any saved state applies).
    void applyDefaultColumnWidths();
    /// Copies the selected rows as tab-separated number and title.
    void copySelection() const;
    /// A menu of checkable columns (shown on the header's context menu).
    QMenu *columnMenu();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Plenary
