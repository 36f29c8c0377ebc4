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
    /// The narrowest the title column gets: below that, the table scrolls
    /// sideways instead (a delegate reads titles; 30 average characters).
    int minimumTitleWidth() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The title takes what the other columns leave, but never less than
    /// minimumTitleWidth().
    void fitTitle();
    bool m_fitting = false;
};

} // namespace Plenary
