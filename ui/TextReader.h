#pragma once

#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Plenary {

class FindReplaceBar;
class TextHighlighter;

/// A text document (.txt .md .xml .asn .yang .json .csv .c .py ...) in a
/// reader tab, read-only, highlighted by KF6 SyntaxHighlighting for its
/// file name in a theme that follows the palette; plain text where the
/// build has no KF6. Ctrl+F finds.
class TextReader : public QWidget {
    Q_OBJECT
public:
    explicit TextReader(QWidget *parent = nullptr);
    ~TextReader() override;

    /// Shows @p text of the file @p fileName (which picks the syntax).
    void open(const QString &text, const QString &fileName);
    QPlainTextEdit *editor() const { return m_text; }
    /// Shows the find bar with @p text and selects its first match; false
    /// when it is not in the file.
    bool find(const QString &text);
    /// The syntax definition in use ("XML", "ASN.1"...); empty when plain.
    QString syntaxName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *m_text;
    FindReplaceBar *m_find;
    std::unique_ptr<TextHighlighter> m_highlighter;
};

} // namespace Plenary
