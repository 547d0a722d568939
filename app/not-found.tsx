import './globals.css';

// Reached only for paths outside any locale (the proxy sends the rest to /ar/…): bilingual.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <main className="page narrow">
          <h1>الصفحة غير موجودة</h1>
          <p lang="en" dir="ltr">
            Page not found.
          </p>
          <p>
            <a href="/ar">العودة إلى الرئيسية</a> ·{' '}
            <a href="/en" lang="en">
              Home
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
