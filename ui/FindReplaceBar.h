#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Plenary {

/// Find and replace in a QPlainTextEdit, as a bar under it (Ctrl+F shows
/// it for finding, Ctrl+H with the replace row; Escape hides it). Replacing
/// goes through the editor's cursor, so every replacement is one undo step
/// and Replace All is one too.
class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

    /// Selects the next (or previous) match from the cursor, wrapping
    /// around; false when there is none.
    bool findNext(bool backwards = false);
    /// Replaces the selected match (if it is one), then finds the next.
    void replaceOne();
    /// Replaces every match; returns how many.
    int replaceAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool matches(const QString &selected) const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace Plenary
