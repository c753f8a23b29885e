// What each listed document says about itself as the store holds it: issuer, places, year and dates (ISO strings),
// province, city and district among them, which the GraphQL Document type does not show.
// :param documentIds => ['zhonglou-2021']
MATCH (d:Document)
WHERE d.id IN $documentIds
RETURN d.id AS id, d.issuer AS issuer, d.region AS region, d.province AS province, d.city AS city,
       d.district AS district, d.year AS year, toString(d.createdDate) AS createdDate,
       toString(d.publishedDate) AS publishedDate, toString(d.expiresDate) AS expiresDate
ORDER BY id;
