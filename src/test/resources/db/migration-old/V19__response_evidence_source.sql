-- What a capture holds (issue 7): PAGE, the live page and its resources; STORED_COPY, the text the platform stored
-- when it collected the item (every version), because the live page could not be read: the reason stays in failure.
alter table response_evidence add column source varchar(20);
