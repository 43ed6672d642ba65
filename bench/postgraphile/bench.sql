-- What PostGraphile needs besides the hub's own schema: one SQL function for "lieux near a point".
-- PostGraphile 4 (even with the connection filter plugin) has no distance ordering; a STABLE SQL
-- function returning SETOF lieu is its documented way (a root field `lieuxPres`). The planner
-- inlines it, so it runs the same bounding box on ix_lieu_latitude_longitude, the same circle and
-- the same order as the hub's `lieux(filtre: {pres: …}, tri: DISTANCE)` (schema/lieu/proximite.py).
CREATE SCHEMA IF NOT EXISTS bench;
GRANT USAGE ON SCHEMA bench TO hub_app;

CREATE OR REPLACE FUNCTION bench.lieux_pres(point_latitude float8, point_longitude float8, rayon_km float8)
RETURNS SETOF public.lieu LANGUAGE sql STABLE AS $$
  SELECT l.*
  FROM public.lieu l
  WHERE l.latitude BETWEEN point_latitude - rayon_km / 111.32 AND point_latitude + rayon_km / 111.32
    AND l.longitude BETWEEN point_longitude - rayon_km / (111.32 * greatest(cos(radians(point_latitude)), 0.01))
                        AND point_longitude + rayon_km / (111.32 * greatest(cos(radians(point_latitude)), 0.01))
    AND ((l.longitude - point_longitude) * 111.32 * greatest(cos(radians(point_latitude)), 0.01)) ^ 2
      + ((l.latitude - point_latitude) * 111.32) ^ 2 <= rayon_km ^ 2
  ORDER BY ((l.longitude - point_longitude) * 111.32 * greatest(cos(radians(point_latitude)), 0.01)) ^ 2
         + ((l.latitude - point_latitude) * 111.32) ^ 2, l.id
$$;
GRANT EXECUTE ON FUNCTION bench.lieux_pres(float8, float8, float8) TO hub_app;
