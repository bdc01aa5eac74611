// (1) The limit: node:http answering every request with a precomputed body.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { announce, memoryAnswer, memoryData } from "./fixture.js";

const body = Buffer.from(JSON.stringify(memoryAnswer(memoryData())));
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    response.end(body);
  });
});
server.listen(0, "127.0.0.1", () => announce((server.address() as AddressInfo).port));
